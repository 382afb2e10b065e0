package dev.contrail.adsb.decoder;

import dev.contrail.adsb.decoder.commb.AircraftIdentification;
import dev.contrail.adsb.decoder.commb.Bds;
import dev.contrail.adsb.decoder.commb.CommB;
import dev.contrail.adsb.decoder.commb.HeadingAndSpeed;
import dev.contrail.adsb.decoder.commb.MeteorologicalHazard;
import dev.contrail.adsb.decoder.commb.MeteorologicalRoutine;
import dev.contrail.adsb.decoder.commb.SelectedVerticalIntention;
import dev.contrail.adsb.decoder.commb.TrackAndTurn;
import java.util.HexFormat;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * Maps a vector's field name (pyModeS v3 key names) to what this decoder says for it. Returns a
 * Number, String, Boolean, or {@code null} for "not available".
 */
final class VectorFields {

    private VectorFields() {}

    static Object single(String field, String hex, JsonNode context) {
        byte[] frame = TestData.hex(hex);
        switch (field) {
            case "crc_remainder":
                return Crc24.syndrome(frame);
            case "crc_valid":
                return Crc24.syndrome(frame) == 0;
            case "crc_parity_encode":
                return Crc24.checksum(frame, frame.length - 3);
            case "df":
                return Bits.downlinkFormat(frame);
            default:
                break;
        }
        ModeSMessage m = MessageDecoder.decode(frame);
        if (m == null) {
            throw new IllegalArgumentException("not decodable: " + hex);
        }
        if (field.equals("icao")) {
            return HexFormat.of().withUpperCase().toHexDigits(m.address()).substring(2);
        }
        if (field.equals("latitude") || field.equals("longitude")) {
            return localPosition(field, m, context);
        }
        return switch (m) {
            case ExtendedSquitter es -> adsb(field, es.adsb());
            case SurveillanceReply r ->
                reply(field, r.flightStatus(), r.downlinkRequest(), r.utilityMessage(), m, r.mb(), context);
            case IdentityReply r ->
                reply(field, r.flightStatus(), r.downlinkRequest(), r.utilityMessage(), m, r.mb(), context);
            case AllCallReply r ->
                switch (field) {
                    case "capability" -> r.capability();
                    case "interrogator_v2" -> r.interrogator();
                    default -> unknown(field, m);
                };
            case AcasReply r -> field.equals("altitude") ? intOrNull(r.altitudeFt()) : unknown(field, m);
        };
    }

    private static Object localPosition(String field, ModeSMessage m, JsonNode context) {
        PositionReport p = (PositionReport) ((ExtendedSquitter) m).adsb();
        JsonNode ref = context.has("surface_ref") ? context.get("surface_ref") : context.get("reference");
        Position at = Cpr.local(
                p.surface(),
                p.odd(),
                p.cprLat(),
                p.cprLon(),
                new Position(ref.get(0).asDouble(), ref.get(1).asDouble()));
        return at == null ? null : field.equals("latitude") ? at.lat() : at.lon();
    }

    /** Pair vectors: the newer frame's position, never pairing surface with airborne frames. */
    static Object pair(String field, String olderHex, String newerHex, JsonNode context) {
        PositionReport older = report(olderHex);
        PositionReport newer = report(newerHex);
        if (older.surface() != newer.surface() || older.odd() == newer.odd()) {
            return null;
        }
        PositionReport even = newer.odd() ? older : newer;
        PositionReport odd = newer.odd() ? newer : older;
        Position at;
        if (newer.surface()) {
            JsonNode ref = context.get("surface_ref");
            at = Cpr.globalSurface(
                    even.cprLat(),
                    even.cprLon(),
                    odd.cprLat(),
                    odd.cprLon(),
                    newer.odd(),
                    new Position(ref.get(0).asDouble(), ref.get(1).asDouble()));
        } else {
            at = Cpr.globalAirborne(even.cprLat(), even.cprLon(), odd.cprLat(), odd.cprLon(), newer.odd());
        }
        return at == null ? null : field.equals("latitude") ? at.lat() : at.lon();
    }

    private static PositionReport report(String hex) {
        return (PositionReport) ((ExtendedSquitter) MessageDecoder.decode(TestData.hex(hex))).adsb();
    }

    private static Object adsb(String field, Adsb adsb) {
        if (field.equals("typecode")) {
            return adsb.typeCode();
        }
        if (field.equals("bds")) {
            return adsbRegister(adsb.typeCode());
        }
        return switch (adsb) {
            case Identification i ->
                switch (field) {
                    case "callsign" -> i.callsign();
                    case "category" -> i.category();
                    case "wake_vortex" -> i.categoryDescription();
                    // pyModeS v2 shows all 8 characters with spaces as '_'
                    case "callsign_raw_v2" ->
                        String.format(Locale.ROOT, "%-8s", i.callsign()).replace(' ', '_');
                    default -> unknown(field, adsb);
                };
            case AirbornePosition p ->
                switch (field) {
                    case "altitude" -> intOrNull(p.altitudeFt());
                    case "cpr_format" -> p.odd() ? 1 : 0;
                    case "nuc_p" -> p.nucP();
                    default -> unknown(field, adsb);
                };
            case SurfacePosition p ->
                switch (field) {
                    case "groundspeed" -> doubleOrNull(p.groundSpeedKt());
                    case "track" -> doubleOrNull(p.trackDeg());
                    case "cpr_format" -> p.odd() ? 1 : 0;
                    case "cpr_lat" -> p.cprLat();
                    case "cpr_lon" -> p.cprLon();
                    default -> unknown(field, adsb);
                };
            case AirborneVelocity v ->
                switch (field) {
                    case "subtype" -> v.subtype();
                    case "groundspeed" -> doubleOrNull(v.groundSpeedKt());
                    case "track" -> doubleOrNull(v.trackDeg());
                    case "airspeed" -> doubleOrNull(v.airspeedKt());
                    case "airspeed_type" -> v.airspeedType();
                    case "heading" -> doubleOrNull(v.headingDeg());
                    case "vertical_rate" -> intOrNull(v.verticalRateFpm());
                    case "vr_source" -> v.verticalRateSource();
                    case "geo_minus_baro" -> intOrNull(v.geoMinusBaroFt());
                    default -> unknown(field, adsb);
                };
            case AircraftStatus s ->
                switch (field) {
                    case "subtype" -> s.subtype();
                    case "emergency_state" -> s.emergency().ordinal();
                    case "squawk" -> s.hasSquawk() ? Squawk.format(s.squawk()) : null;
                    default -> unknown(field, adsb);
                };
            case TargetState t -> targetState(field, t);
            case OperationalStatus o ->
                switch (field) {
                    case "version" -> o.version();
                    case "nic_supplement_a" -> o.nicSupplementA() ? 1 : 0;
                    case "nac_p" -> o.nacP();
                    case "sil" -> o.sil();
                    case "nic_baro" -> o.nicBaro() ? 1 : 0;
                    default -> unknown(field, adsb);
                };
            case OtherAdsb o -> unknown(field, adsb);
        };
    }

    private static Object targetState(String field, TargetState t) {
        return switch (field) {
            case "subtype" -> t.subtype();
            case "selected_altitude" -> intOrNull(t.selectedAltitudeFt());
            case "selected_altitude_source" -> t.fmsSelectedAltitude() ? "FMS" : "MCP/FCU";
            case "baro_pressure_setting", "baro_pressure_setting_java_adsb" -> doubleOrNull(t.baroSettingMb());
            case "selected_heading" -> doubleOrNull(t.selectedHeadingDeg());
            case "autopilot" -> t.autopilot();
            case "vnav_mode" -> t.vnav();
            case "altitude_hold_mode" -> t.altitudeHold();
            case "approach_mode" -> t.approach();
            case "tcas_operational" -> t.tcasOperational();
            case "lnav_mode" -> t.lnav();
            case "nac_p" -> t.nacP();
            case "sil" -> t.sil();
            default -> unknown(field, t);
        };
    }

    static String adsbRegister(int tc) {
        if (tc >= 1 && tc <= 4) {
            return "0,8";
        } else if (tc >= 5 && tc <= 8) {
            return "0,6";
        } else if ((tc >= 9 && tc <= 18) || (tc >= 20 && tc <= 22)) {
            return "0,5";
        }
        return switch (tc) {
            case 19 -> "0,9";
            case 28 -> "6,1";
            case 29 -> "6,2";
            case 31 -> "6,5";
            default -> null;
        };
    }

    private static Object reply(String field, int fs, int dr, int um, ModeSMessage m, long mb, JsonNode context) {
        switch (field) {
            case "flight_status":
                return fs;
            case "downlink_request":
                return dr;
            case "utility_message":
                return um;
            case "altitude":
                return m instanceof SurveillanceReply r ? intOrNull(r.altitudeFt()) : unknown(field, m);
            case "squawk":
                return m instanceof IdentityReply r ? Squawk.format(r.squawk()) : unknown(field, m);
            case "bds":
                return register(mb, context);
            default:
                return commB(field, mb);
        }
    }

    private static Object register(long mb, JsonNode context) {
        int candidates = CommB.candidates(mb);
        JsonNode known = context.path("known");
        if (CommB.isCandidate(candidates, Bds.BDS50)
                && CommB.isCandidate(candidates, Bds.BDS60)
                && known.has("groundspeed")) {
            return CommB.resolve50or60(
                            mb,
                            known.get("groundspeed").asDouble(),
                            known.get("track").asDouble(),
                            known.get("altitude").asDouble())
                    .label();
        }
        Bds bds = CommB.infer(mb);
        return bds == null ? null : bds.label();
    }

    private static Object commB(String field, long mb) {
        return switch (field) {
            case "callsign" -> AircraftIdentification.decode(mb).callsign();
            case "selected_altitude_mcp" ->
                intOrNull(SelectedVerticalIntention.decode(mb).mcpAltitudeFt());
            case "selected_altitude_fms" ->
                intOrNull(SelectedVerticalIntention.decode(mb).fmsAltitudeFt());
            case "baro_pressure_setting" ->
                doubleOrNull(SelectedVerticalIntention.decode(mb).baroSettingMb());
            case "roll" -> doubleOrNull(TrackAndTurn.decode(mb).rollDeg());
            case "true_track" -> doubleOrNull(TrackAndTurn.decode(mb).trueTrackDeg());
            case "groundspeed" -> doubleOrNull(TrackAndTurn.decode(mb).groundSpeedKt());
            case "track_rate" -> doubleOrNull(TrackAndTurn.decode(mb).trackRateDegPerS());
            case "true_airspeed" -> doubleOrNull(TrackAndTurn.decode(mb).trueAirspeedKt());
            case "magnetic_heading" -> doubleOrNull(HeadingAndSpeed.decode(mb).magneticHeadingDeg());
            case "indicated_airspeed" -> intOrNull(HeadingAndSpeed.decode(mb).indicatedAirspeedKt());
            case "mach" -> doubleOrNull(HeadingAndSpeed.decode(mb).mach());
            case "baro_vertical_rate" -> intOrNull(HeadingAndSpeed.decode(mb).baroVerticalRateFpm());
            case "inertial_vertical_rate" ->
                intOrNull(HeadingAndSpeed.decode(mb).inertialVerticalRateFpm());
            case "wind_speed_bds44" ->
                doubleOrNull(MeteorologicalRoutine.decode(mb).windSpeedKt());
            case "wind_direction_bds44" ->
                doubleOrNull(MeteorologicalRoutine.decode(mb).windDirectionDeg());
            case "static_air_temperature_bds44" ->
                MeteorologicalRoutine.decode(mb).staticAirTemperatureC();
            case "static_air_temperature_bds45" ->
                doubleOrNull(MeteorologicalHazard.decode(mb).staticAirTemperatureC());
            default -> unknown(field, mb);
        };
    }

    static Integer intOrNull(int v) {
        return Absent.is(v) ? null : v;
    }

    static Double doubleOrNull(double v) {
        return Absent.is(v) ? null : v;
    }

    private static Object unknown(String field, Object m) {
        throw new IllegalArgumentException("field " + field + " not mapped for " + m);
    }
}
