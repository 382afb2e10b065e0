package dev.contrail.projection.flights;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Queries of the flights read model. */
interface FlightRecords extends JpaRepository<FlightRecord, String> {

    /** Flights in the air at some moment of [from, to]. */
    default List<FlightRecord> overlapping(Instant from, Instant to) {
        return overlapping(from, to, from.truncatedTo(ChronoUnit.MINUTES));
    }

    /** The candidates come from the index of last_seen's one-minute bins. */
    @Query("select f from FlightRecord f where f.lastSeenMinute >= :fromMinute and f.lastSeen >= :from"
            + " and f.firstSeen <= :to order by f.firstSeen, f.flightId")
    List<FlightRecord> overlapping(
            @Param("from") Instant from, @Param("to") Instant to, @Param("fromMinute") Instant fromMinute);
}
