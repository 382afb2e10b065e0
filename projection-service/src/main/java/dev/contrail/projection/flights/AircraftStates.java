package dev.contrail.projection.flights;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Queries of the aircraft picture. */
interface AircraftStates extends JpaRepository<AircraftState, String> {

    /**
     * What aircraft.json lists: any message since {@code seenSince} or a position since {@code
     * positionSince}. A position is a message, so the first condition narrows by the last_seen index
     * to the aircraft heard within the longer window.
     */
    @Query("select a from AircraftState a where a.lastSeen >= :positionSince"
            + " and (a.lastSeen >= :seenSince or a.lastPositionTime >= :positionSince) order by a.icao")
    List<AircraftState> listed(@Param("seenSince") Instant seenSince, @Param("positionSince") Instant positionSince);

    List<AircraftState> findByCallsignOrderByIcao(String callsign);
}
