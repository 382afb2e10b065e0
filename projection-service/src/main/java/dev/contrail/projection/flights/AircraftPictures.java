package dev.contrail.projection.flights;

import org.springframework.data.jpa.repository.JpaRepository;

/** The one row of {@link AircraftPicture}. */
interface AircraftPictures extends JpaRepository<AircraftPicture, Boolean> {

    default AircraftPicture current() {
        return findById(true).orElseThrow(() -> new IllegalStateException("aircraft_picture has no row"));
    }
}
