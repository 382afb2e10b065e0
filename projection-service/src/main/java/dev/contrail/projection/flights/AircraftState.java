package dev.contrail.projection.flights;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** A row of the aircraft picture, as queries read it ({@link AircraftTables} writes it). */
@Entity
@Immutable
@Table(name = "aircraft_states")
class AircraftState {

    @Id
    String icao;

    String callsign;
    String category;
    String squawk;
    String emergency;
    Double lat;
    Double lon;
    Integer altBaro;
    Integer altGeom;
    boolean onGround;
    Double gs;
    Double track;
    Double ias;
    Double tas;
    Double magHeading;
    Integer baroRate;
    Integer geomRate;
    Instant lastPositionTime;
    Instant lastSeen;
    /** lastSeen in its one-minute bin: what the index holds (see V4__hot_updates.sql). */
    Instant seenMinute;

    Instant lastEventTime;
    long messages;
    String flightId;
    Instant flightFirstSeen;
    LocalDate day;
    long messagesOnDay;
    Integer maxAltitudeOnDay;
    long position;

    protected AircraftState() {}
}
