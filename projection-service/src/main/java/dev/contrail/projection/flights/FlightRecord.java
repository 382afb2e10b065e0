package dev.contrail.projection.flights;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.Immutable;

/** A row of the flights read model. */
@Entity
@Immutable
@Table(name = "flights")
class FlightRecord {

    @Id
    String flightId;

    String icao;
    Instant firstSeen;
    Instant lastSeen;
    /** lastSeen in its one-minute bin: what the index holds (see V4__hot_updates.sql). */
    Instant lastSeenMinute;

    boolean closed;
    String reason;
    String callsigns;
    Integer maxAltitudeFt;
    Double distanceNm;
    long messageCount;

    protected FlightRecord() {}

    List<String> callsignList() {
        return callsigns.isEmpty() ? List.of() : Arrays.asList(callsigns.split(","));
    }
}
