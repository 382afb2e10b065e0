package dev.contrail.projection.flights;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A reported position of an aircraft. */
@Entity
@Immutable
@Table(name = "track_points")
class TrackPoint {

    @Id
    long globalPosition;

    String icao;
    Instant time;
    double lat;
    double lon;
    Integer altitudeFt;
    boolean onGround;

    protected TrackPoint() {}
}
