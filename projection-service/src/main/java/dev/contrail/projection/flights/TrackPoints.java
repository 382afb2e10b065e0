package dev.contrail.projection.flights;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Queries of the track points. */
interface TrackPoints extends JpaRepository<TrackPoint, Long> {

    List<TrackPoint> findByIcaoAndTimeBetweenOrderByTimeAscGlobalPositionAsc(String icao, Instant from, Instant to);
}
