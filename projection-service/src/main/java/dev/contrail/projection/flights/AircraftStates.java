package dev.contrail.projection.flights;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Queries of the aircraft picture. */
interface AircraftStates extends JpaRepository<AircraftState, String> {

    /**
     * What aircraft.json lists: any message since {@code seenSince} or a position since {@code
     * positionSince}. A position is a message, so the aircraft heard within the longer window are
     * the candidates, found through the index of last_seen's one-minute bins.
     */
    default List<AircraftState> listed(Instant seenSince, Instant positionSince) {
        return listed(seenSince, positionSince, positionSince.truncatedTo(ChronoUnit.MINUTES));
    }

    @Query("select a from AircraftState a where a.seenMinute >= :positionSinceMinute and a.lastSeen >= :positionSince"
            + " and (a.lastSeen >= :seenSince or a.lastPositionTime >= :positionSince) order by a.icao")
    List<AircraftState> listed(
            @Param("seenSince") Instant seenSince,
            @Param("positionSince") Instant positionSince,
            @Param("positionSinceMinute") Instant positionSinceMinute);

    List<AircraftState> findByCallsignOrderByIcao(String callsign);
}
