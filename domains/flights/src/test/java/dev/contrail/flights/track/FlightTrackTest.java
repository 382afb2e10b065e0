package dev.contrail.flights.track;

import dev.contrail.core.testing.DeciderFixture;
import dev.contrail.flights.aircraft.AircraftObservation;
import dev.contrail.flights.aircraft.AircraftObservation.AircraftIdentified;
import dev.contrail.flights.aircraft.AircraftObservation.EmergencyStatusReported;
import dev.contrail.flights.aircraft.AircraftObservation.PositionReported;
import dev.contrail.flights.aircraft.AircraftObservation.SquawkReceived;
import dev.contrail.flights.aircraft.AircraftObservation.VelocityReported;
import dev.contrail.flights.track.FlightTrackCommand.CloseIfSilent;
import dev.contrail.flights.track.FlightTrackCommand.RecordObservation;
import dev.contrail.flights.track.FlightTrackEvent.EmergencyCleared;
import dev.contrail.flights.track.FlightTrackEvent.EmergencyDeclared;
import dev.contrail.flights.track.FlightTrackEvent.FlightClosed;
import dev.contrail.flights.track.FlightTrackEvent.FlightOpened;
import dev.contrail.flights.track.FlightTrackEvent.MessageCounts;
import dev.contrail.flights.track.FlightTrackEvent.Observed;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlightTrackTest {

    private static final String ICAO = "4840D6";
    private static final Instant T0 = Instant.parse("2026-06-01T12:00:00Z");
    private static final String FLIGHT = ICAO + "-" + T0.getEpochSecond();
    private static final FlightOpened OPENED = new FlightOpened(ICAO, FLIGHT, T0);

    private final DeciderFixture<FlightTrackCommand, FlightTrackState, FlightTrackEvent> track =
            DeciderFixture.of(new FlightTrack(Duration.ofMinutes(10)));

    private static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }

    private static PositionReported position(double lat, double lon, Integer altitude) {
        return new PositionReported(ICAO, lat, lon, altitude, "barometric", false);
    }

    private static SquawkReceived squawk(String code) {
        return new SquawkReceived(ICAO, code);
    }

    private static RecordObservation observe(long seconds, AircraftObservation observation) {
        return new RecordObservation(at(seconds), observation);
    }

    private static Observed observed(long seconds, AircraftObservation observation) {
        return new Observed(at(seconds), observation);
    }

    @Test
    void first_contact_opens_a_flight_before_the_observation() {
        var position = position(50, 8, 30_000);
        track.given().when(observe(0, position)).thenEvents(OPENED, observed(0, position));
    }

    @Test
    void an_observation_within_the_gap_is_only_recorded() {
        var later = position(50.1, 8, 31_000);
        track.given(OPENED, observed(0, position(50, 8, 30_000)))
                .when(observe(600, later))
                .thenEvents(observed(600, later));
    }

    @Test
    void after_a_silence_longer_than_the_gap_the_flight_closes_with_its_summary_and_a_new_one_opens() {
        var next = position(52, 8, 1_000);
        var reopened = new FlightOpened(ICAO, ICAO + "-" + at(1_000).getEpochSecond(), at(1_000));
        double oneDegreeNm = Math.round(3440.065 * Math.toRadians(1) * 1000) / 1000.0;
        track.given(
                        OPENED,
                        observed(0, new AircraftIdentified(ICAO, "KLM1023", "A3")),
                        observed(10, position(50, 8, 30_000)),
                        observed(20, new AircraftIdentified(ICAO, "KLM1023", "A3")),
                        observed(30, position(51, 8, 37_000)),
                        observed(40, new VelocityReported(ICAO, 450.0, 0.0, null, null, null, 0, "barometric")),
                        observed(5, squawk("1000")), // late frame: counted, last seen stays 40
                        observed(50, new AircraftIdentified(ICAO, "KLM1024", "A3")))
                .when(observe(1_000, next))
                .thenEvents(
                        new FlightClosed(
                                ICAO,
                                FLIGHT,
                                "silence",
                                T0,
                                at(50),
                                List.of("KLM1023", "KLM1024"),
                                37_000,
                                oneDegreeNm,
                                7,
                                new MessageCounts(3, 1, 2, 1, 0)),
                        reopened,
                        observed(1_000, next));
    }

    @Test
    void squawk_7700_declares_an_emergency_once_and_another_code_clears_it() {
        track.given(OPENED, observed(0, position(50, 8, 30_000)))
                .when(observe(5, squawk("7700")))
                .thenEvents(observed(5, squawk("7700")), new EmergencyDeclared(ICAO, FLIGHT, "general", "7700"));
        track.given(OPENED, observed(5, squawk("7700")))
                .when(observe(6, squawk("7700")))
                .thenEvents(observed(6, squawk("7700")));
        track.given(OPENED, observed(5, squawk("7700")))
                .when(observe(7, squawk("1200")))
                .thenEvents(observed(7, squawk("1200")), new EmergencyCleared(ICAO, FLIGHT, "general"));
    }

    @Test
    void a_different_emergency_squawk_declares_the_new_emergency() {
        track.given(OPENED, observed(5, squawk("7500")))
                .when(observe(6, squawk("7600")))
                .thenEvents(observed(6, squawk("7600")), new EmergencyDeclared(ICAO, FLIGHT, "nordo", "7600"));
    }

    @Test
    void an_emergency_status_outranks_the_squawk_until_it_reports_none() {
        var general = new EmergencyStatusReported(ICAO, "minfuel", "1000");
        track.given(OPENED)
                .when(observe(1, general))
                .thenEvents(observed(1, general), new EmergencyDeclared(ICAO, FLIGHT, "minfuel", "1000"));
        var none = new EmergencyStatusReported(ICAO, "none", "1000");
        track.given(OPENED, observed(1, general))
                .when(observe(2, none))
                .thenEvents(observed(2, none), new EmergencyCleared(ICAO, FLIGHT, "minfuel"));
    }

    @Test
    void the_first_observation_of_a_flight_can_declare_an_emergency() {
        track.given()
                .when(observe(0, squawk("7700")))
                .thenEvents(
                        OPENED, observed(0, squawk("7700")), new EmergencyDeclared(ICAO, FLIGHT, "general", "7700"));
    }

    @Test
    void a_cleanup_tick_closes_a_flight_silent_for_longer_than_the_gap() {
        track.given(OPENED, observed(0, squawk("1200")))
                .when(new CloseIfSilent(at(601)))
                .thenEvents(new FlightClosed(
                        ICAO, FLIGHT, "cleanup", T0, T0, List.of(), null, 0, 1, new MessageCounts(0, 1, 0, 0, 0)));
    }

    @Test
    void a_cleanup_tick_within_the_gap_or_without_a_flight_changes_nothing() {
        track.given(OPENED, observed(0, squawk("1200")))
                .when(new CloseIfSilent(at(600)))
                .thenNoEvents();
        track.given().when(new CloseIfSilent(at(10_000))).thenNoEvents();
        var closed = new FlightClosed(ICAO, FLIGHT, "cleanup", T0, T0, List.of(), null, 0, 1, MessageCounts.NONE);
        track.given(closed).when(new CloseIfSilent(at(10_000))).thenNoEvents();
    }

    @Test
    void a_load_from_the_closing_event_knows_no_open_flight_and_the_next_contact_opens_one() {
        var closed = new FlightClosed(ICAO, FLIGHT, "silence", T0, at(60), List.of(), null, 0, 1, MessageCounts.NONE);
        var position = position(50, 8, 30_000);
        track.given(closed)
                .when(observe(120, position))
                .thenEvents(
                        new FlightOpened(ICAO, ICAO + "-" + at(120).getEpochSecond(), at(120)),
                        observed(120, position));
    }

    @Test
    void an_observation_of_another_aircraft_is_refused() {
        track.given(OPENED)
                .when(observe(1, new SquawkReceived("ABCDEF", "1200")))
                .thenRejected("other-aircraft");
    }
}
