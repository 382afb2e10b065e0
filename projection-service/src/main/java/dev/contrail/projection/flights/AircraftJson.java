package dev.contrail.projection.flights;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The readsb / tar1090 {@code aircraft.json} shape (interop.md). Times are event times: {@code
 * now} is the newest event applied, so a replayed capture looks as it did live. Unknown values are
 * left out, never sent as null.
 */
final class AircraftJson {

    /** An aircraft is listed while it had a position this recently, or any message within {@link #MESSAGE_WINDOW}. */
    static final Duration POSITION_WINDOW = Duration.ofSeconds(60);

    static final Duration MESSAGE_WINDOW = Duration.ofSeconds(30);

    private static final JsonMapper JSON = JsonMapper.shared();

    private AircraftJson() {}

    static byte[] render(Instant now, long messages, List<AircraftState> aircraft) {
        ObjectNode root = JSON.createObjectNode();
        root.put("now", BigDecimal.valueOf(now.toEpochMilli(), 3)); // 1732419265.123, as readsb writes it
        root.put("messages", messages);
        ArrayNode list = root.putArray("aircraft");
        for (AircraftState a : aircraft) {
            ObjectNode node = list.addObject();
            node.put("hex", a.icao.toLowerCase(Locale.ROOT));
            node.put("type", "adsb_icao");
            if (a.callsign != null) {
                node.put("flight", String.format("%-8s", a.callsign));
            }
            if (a.onGround) {
                node.put("alt_baro", "ground");
            } else if (a.altBaro != null) {
                node.put("alt_baro", a.altBaro);
            }
            putIfKnown(node, "alt_geom", a.altGeom);
            putIfKnown(node, "gs", a.gs);
            putIfKnown(node, "ias", a.ias);
            putIfKnown(node, "tas", a.tas);
            putIfKnown(node, "track", a.track);
            putIfKnown(node, "mag_heading", a.magHeading);
            putIfKnown(node, "baro_rate", a.baroRate);
            putIfKnown(node, "geom_rate", a.geomRate);
            if (a.squawk != null) {
                node.put("squawk", a.squawk);
            }
            node.put("emergency", a.emergency);
            if (a.category != null) {
                node.put("category", a.category);
            }
            if (a.lat != null && a.lon != null && a.lastPositionTime != null) {
                node.put("lat", a.lat);
                node.put("lon", a.lon);
                node.put("seen_pos", seconds(now, a.lastPositionTime));
            }
            node.put("messages", a.messages);
            if (a.lastSeen != null) {
                node.put("seen", seconds(now, a.lastSeen));
            }
        }
        return JSON.writeValueAsBytes(root);
    }

    private static double seconds(Instant now, Instant then) {
        return Math.max(0, Math.round(Duration.between(then, now).toMillis() / 100.0) / 10.0);
    }

    private static void putIfKnown(ObjectNode node, String name, Number value) {
        switch (value) {
            case null -> {}
            case Integer i -> node.put(name, i);
            case Double d -> node.put(name, Math.round(d * 10) / 10.0);
            default -> node.put(name, value.doubleValue());
        }
    }
}
