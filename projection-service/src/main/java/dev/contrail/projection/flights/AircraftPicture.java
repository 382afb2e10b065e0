package dev.contrail.projection.flights;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** The picture as a whole (one row, {@link AircraftTables} writes it): its clock, messages and revision. */
@Entity
@Immutable
@Table(name = "aircraft_picture")
class AircraftPicture {

    @Id
    boolean id;

    /** The newest event time applied, cleanup ticks included: aircraft.json's {@code now}. */
    Instant newestEventTime;

    long messages;

    /** Changes with every applied poll and reset. */
    long revision;

    protected AircraftPicture() {}
}
