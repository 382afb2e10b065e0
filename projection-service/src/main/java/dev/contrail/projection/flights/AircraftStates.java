package dev.contrail.projection.flights;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Queries of the aircraft picture. */
interface AircraftStates extends JpaRepository<AircraftState, String> {

    /** What aircraft.json lists: any message since {@code seenSince} or a position since {@code positionSince}. */
    @Query("select a from AircraftState a where a.lastSeen >= :seenSince or a.lastPositionTime >= :positionSince"
            + " order by a.icao")
    List<AircraftState> listed(@Param("seenSince") Instant seenSince, @Param("positionSince") Instant positionSince);

    /** What the picture is: its newest event time, the last event applied, all messages. */
    interface Summary {
        Instant getNewest();

        Long getPosition();

        Long getMessages();
    }

    @Query(
            "select max(a.lastEventTime) as newest, max(a.position) as position, coalesce(sum(a.messages), 0) as messages"
                    + " from AircraftState a")
    Summary summary();

    List<AircraftState> findByCallsignOrderByIcao(String callsign);
}
