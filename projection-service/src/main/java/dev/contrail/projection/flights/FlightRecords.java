package dev.contrail.projection.flights;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Queries of the flights read model. */
interface FlightRecords extends JpaRepository<FlightRecord, String> {

    /** Flights in the air at some moment of [from, to]. */
    @Query(
            "select f from FlightRecord f where f.firstSeen <= :to and f.lastSeen >= :from order by f.firstSeen, f.flightId")
    List<FlightRecord> overlapping(@Param("from") Instant from, @Param("to") Instant to);
}
