package dev.contrail.flights.aircraft;

/**
 * Facts a receiver observed about one aircraft, as decoded from a single Mode S / ADS-B frame. They
 * are observations, not a flight's state: each says what one frame reported, at the frame's time.
 * {@code icaoAddress} is the 24-bit ICAO address as six upper-case hex digits; non-ICAO targets
 * (TIS-B, anonymous DF18) are not published as these facts. Enumerated values are lower-case
 * strings fixed by the JSON Schemas (domain records stay free of JSON annotations).
 */
public sealed interface AircraftObservation {

    String icaoAddress();

    /**
     * Identification (ADS-B TC 1-4).
     *
     * @param callsign 1-8 characters of A-Z, 0-9 and space, trailing spaces removed
     * @param emitterCategory tar1090's form, {@code A0}..{@code D7} ({@code x0}: no information)
     */
    record AircraftIdentified(String icaoAddress, String callsign, String emitterCategory)
            implements AircraftObservation {}

    /**
     * Mode A code from a surveillance identity reply (DF5/DF21).
     *
     * @param squawk four octal digits, e.g. {@code "0356"}
     */
    record SquawkReceived(String icaoAddress, String squawk) implements AircraftObservation {}

    /**
     * A decoded, plausibility-checked position (ADS-B TC 5-18, 20-22).
     *
     * @param altitudeFt {@code null} when the frame carries none (always on the surface)
     * @param altitudeSource {@code barometric} or {@code gnss}; surface reports say {@code
     *     barometric}, as tar1090's {@code alt_baro: "ground"} does
     */
    record PositionReported(
            String icaoAddress,
            double latitude,
            double longitude,
            Integer altitudeFt,
            String altitudeSource,
            boolean onGround)
            implements AircraftObservation {}

    /**
     * Airborne velocity (ADS-B TC 19). Subtypes 1-2 give ground speed and track; subtypes 3-4 give
     * airspeed, its type ({@code ias} or {@code tas}) and heading; the other group is {@code null},
     * as is anything the frame marks "not available". {@code verticalRateSource} is {@code
     * barometric} or {@code gnss}, {@code null} with the rate.
     */
    record VelocityReported(
            String icaoAddress,
            Double groundSpeedKt,
            Double trackDeg,
            Double airspeedKt,
            String airspeedType,
            Double headingDeg,
            Integer verticalRateFpm,
            String verticalRateSource)
            implements AircraftObservation {}

    /**
     * Emergency / priority status (ADS-B TC 28 subtype 1) with the Mode A code it carries.
     *
     * @param emergency none, general, lifeguard, minfuel, nordo, unlawful or downed
     * @param squawk four octal digits
     */
    record EmergencyStatusReported(String icaoAddress, String emergency, String squawk)
            implements AircraftObservation {}
}
