package dev.contrail.adsb.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contrail.adsb.decoder.AddressType;
import dev.contrail.adsb.decoder.AirbornePosition;
import dev.contrail.adsb.decoder.AircraftStatus;
import dev.contrail.adsb.decoder.DecodeResult;
import dev.contrail.adsb.decoder.Decoder;
import dev.contrail.adsb.decoder.Emergency;
import dev.contrail.adsb.decoder.ExtendedSquitter;
import dev.contrail.adsb.decoder.IdentityReply;
import dev.contrail.adsb.decoder.Position;
import dev.contrail.adsb.decoder.PositionStatus;
import dev.contrail.adsb.decoder.SurfacePosition;
import dev.contrail.core.event.EventTypeRegistry;
import dev.contrail.flights.FlightsEvents;
import dev.contrail.flights.aircraft.AircraftObservation;
import dev.contrail.flights.aircraft.AircraftObservation.AircraftIdentified;
import dev.contrail.flights.aircraft.AircraftObservation.EmergencyStatusReported;
import dev.contrail.flights.aircraft.AircraftObservation.PositionReported;
import dev.contrail.flights.aircraft.AircraftObservation.SquawkReceived;
import dev.contrail.flights.aircraft.AircraftObservation.VelocityReported;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ObservationMapperTest {

    private static final EventTypeRegistry REGISTRY = new EventTypeRegistry(FlightsEvents.TYPES);
    private static final long T = 1_700_000_000_000L;

    private static DecodeResult.Accepted decode(String hex) {
        var result = new Decoder().decode(HexFormat.of().parseHex(hex), T);
        assertThat(result).isInstanceOf(DecodeResult.Accepted.class);
        return (DecodeResult.Accepted) result;
    }

    private static ExtendedSquitter squitter(int address, dev.contrail.adsb.decoder.Adsb adsb) {
        return new ExtendedSquitter(17, address, AddressType.ADSB_ICAO, 5, adsb);
    }

    /** Maps, checks the type, and validates the CloudEvent's data against the registered schema. */
    private static AircraftObservation mapped(DecodeResult.Accepted accepted, String expectedType) {
        AircraftObservation observation = ObservationMapper.map(accepted);
        assertThat(observation).isNotNull();
        ObservationEvent event = ObservationEvent.of("rx1", T, new byte[] {1, 2, 3}, observation);
        assertThat(event.type()).isEqualTo(expectedType);
        JsonNode data = event.toJsonNode().get("data");
        assertThat(REGISTRY.validate(expectedType, data)).as(data.toString()).isEmpty();
        return observation;
    }

    @Test
    void identificationBecomesAircraftIdentifiedWithCallsignAndCategory() {
        var o = mapped(decode("8D4840D6202CC371C32CE0576098"), FlightsEvents.AIRCRAFT_IDENTIFIED);
        assertThat(o).isEqualTo(new AircraftIdentified("4840D6", "KLM1023", "A0"));
    }

    @Test
    void groundSpeedVelocityHasSpeedTrackAndVerticalRateButNoAirspeed() {
        var o = (VelocityReported) mapped(decode("8D485020994409940838175B284F"), FlightsEvents.VELOCITY_REPORTED);
        assertThat(o.icaoAddress()).isEqualTo("485020");
        assertThat(o.groundSpeedKt()).isCloseTo(159.2, org.assertj.core.data.Offset.offset(0.1));
        assertThat(o.trackDeg()).isCloseTo(182.88, org.assertj.core.data.Offset.offset(0.01));
        assertThat(o.verticalRateFpm()).isEqualTo(-832);
        assertThat(o.verticalRateSource()).isEqualTo("gnss");
        assertThat(o.airspeedKt()).isNull();
        assertThat(o.airspeedType()).isNull();
        assertThat(o.headingDeg()).isNull();
    }

    @Test
    void airspeedVelocityHasAirspeedTypeAndHeadingButNoGroundSpeed() {
        var o = (VelocityReported) mapped(decode("8DA05F219B06B6AF189400CBC33F"), FlightsEvents.VELOCITY_REPORTED);
        assertThat(o.airspeedKt()).isEqualTo(375.0);
        assertThat(o.airspeedType()).isEqualTo("tas");
        assertThat(o.headingDeg()).isCloseTo(243.98, org.assertj.core.data.Offset.offset(0.01));
        assertThat(o.verticalRateFpm()).isEqualTo(-2304);
        assertThat(o.verticalRateSource()).isEqualTo("barometric");
        assertThat(o.groundSpeedKt()).isNull();
        assertThat(o.trackDeg()).isNull();
    }

    @Test
    void confirmedAirbornePositionBecomesPositionReportedWithAltitude() {
        var p = new AirbornePosition(11, 0, false, 38000, false, false, false, 93000, 51372);
        var accepted = new DecodeResult.Accepted(
                squitter(0x40621D, p), T, 0, PositionStatus.VALID, new Position(52.2572021484375, 3.919372558593750));
        var o = mapped(accepted, FlightsEvents.POSITION_REPORTED);
        assertThat(o).isEqualTo(new PositionReported("40621D", 52.257202, 3.919373, 38000, "barometric", false));
    }

    @Test
    void gnssAltitudeAndMissingAltitudeAreSaidSo() {
        var gnss = new AirbornePosition(20, 0, false, 9843, true, false, true, 1, 2);
        var noAltitude = new AirbornePosition(11, 0, false, Integer.MIN_VALUE, false, false, true, 1, 2);
        Position at = new Position(-33.9, 151.2);
        var a = (PositionReported) mapped(
                new DecodeResult.Accepted(squitter(0xABCDEF, gnss), T, 0, PositionStatus.VALID, at),
                FlightsEvents.POSITION_REPORTED);
        var b = (PositionReported) mapped(
                new DecodeResult.Accepted(squitter(0xABCDEF, noAltitude), T, 0, PositionStatus.VALID, at),
                FlightsEvents.POSITION_REPORTED);
        assertThat(a.altitudeSource()).isEqualTo("gnss");
        assertThat(a.altitudeFt()).isEqualTo(9843);
        assertThat(b.altitudeFt()).isNull();
    }

    @Test
    void surfacePositionIsOnGroundWithoutAltitude() {
        var s = new SurfacePosition(7, 20, 5.5, Double.NaN, false, false, 1, 2);
        var o = mapped(
                new DecodeResult.Accepted(squitter(0x484175, s), T, 0, PositionStatus.VALID, new Position(52.3, 4.76)),
                FlightsEvents.POSITION_REPORTED);
        assertThat(o).isEqualTo(new PositionReported("484175", 52.3, 4.76, null, "barometric", true));
    }

    @Test
    void heldOrUnresolvedPositionsAreNotPublished() {
        var p = new AirbornePosition(11, 0, false, 38000, false, false, false, 93000, 51372);
        var held = new DecodeResult.Accepted(squitter(0x40621D, p), T, 0, PositionStatus.HELD, new Position(52, 3));
        var unresolved = new DecodeResult.Accepted(squitter(0x40621D, p), T, 0, PositionStatus.UNRESOLVED, null);
        assertThat(ObservationMapper.map(held)).isNull();
        assertThat(ObservationMapper.map(unresolved)).isNull();
    }

    @Test
    void identityReplyBecomesSquawkReceived() {
        var reply = new IdentityReply(5, 0x00A1B2, 0, 0, 0, 356, 0);
        var o = mapped(
                new DecodeResult.Accepted(reply, T, 0, PositionStatus.NONE, null), FlightsEvents.SQUAWK_RECEIVED);
        assertThat(o).isEqualTo(new SquawkReceived("00A1B2", "0356"));
    }

    @Test
    void emergencyStatusBecomesEmergencyStatusReported() {
        var status = new AircraftStatus(1, Emergency.MINFUEL, 7700, 0);
        var o = mapped(
                new DecodeResult.Accepted(squitter(0x3C6586, status), T, 0, PositionStatus.NONE, null),
                FlightsEvents.EMERGENCY_STATUS_REPORTED);
        assertThat(o).isEqualTo(new EmergencyStatusReported("3C6586", "minfuel", "7700"));
    }

    @Test
    void nonIcaoAddressesAreNeverPublishedAsAircraft() {
        var tisb = new ExtendedSquitter(
                18, 0x123456, AddressType.TISB_OTHER, 5, new AircraftStatus(1, Emergency.GENERAL, 7700, 0));
        assertThat(ObservationMapper.map(new DecodeResult.Accepted(tisb, T, 0, PositionStatus.NONE, null)))
                .isNull();
    }

    @Test
    void cloudEventCarriesSourceSubjectTimeAndDeterministicId() {
        var observation = new SquawkReceived("4840D6", "7700");
        byte[] frame = HexFormat.of().parseHex("28000A1F8A96B4");
        ObservationEvent event = ObservationEvent.of("rx-1", T, frame, observation);
        JsonNode json = event.toJsonNode();
        assertThat(json.get("specversion").asString()).isEqualTo("1.0");
        assertThat(json.get("source").asString()).isEqualTo("/contrail/adsb-injector/rx-1");
        assertThat(json.get("type").asString()).isEqualTo(FlightsEvents.SQUAWK_RECEIVED);
        assertThat(json.get("subject").asString()).isEqualTo("4840D6");
        assertThat(json.get("time").asString())
                .isEqualTo(Instant.ofEpochMilli(T).toString());
        assertThat(json.get("datacontenttype").asString()).isEqualTo("application/json");
        assertThat(json.get("data").toString()).isEqualTo("{\"icao_address\":\"4840D6\",\"squawk\":\"7700\"}");
        assertThat(event.toJson()).doesNotContain("\n");
    }
}
