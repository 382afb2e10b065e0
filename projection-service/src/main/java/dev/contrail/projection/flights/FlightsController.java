package dev.contrail.projection.flights;

import dev.contrail.web.BadRequestException;
import dev.contrail.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The flight tracker's read API: tar1090-compatible files and the query endpoints. */
@RestController
@Tag(name = "flights", description = "live aircraft, tracks, flights and leaderboards")
class FlightsController {

    private static final Pattern ICAO = Pattern.compile("[0-9A-Fa-f]{6}");
    private static final String RECEIVER_VERSION = "contrail";

    private final FlightQueries queries;
    private final FlightsSettings settings;

    FlightsController(FlightQueries queries, FlightsSettings settings) {
        this.queries = queries;
        this.settings = settings;
    }

    @GetMapping(path = "/data/aircraft.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Aircraft in the readsb/tar1090 shape",
            description = "times are event times; query strings are ignored")
    ResponseEntity<byte[]> aircraftJson() {
        return ResponseEntity.ok()
                .header("Cache-Control", "no-cache")
                .contentType(MediaType.APPLICATION_JSON)
                .body(queries.aircraftJson());
    }

    @GetMapping(path = "/data/receiver.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Receiver description for tar1090 (claims no optional feature it does not serve)")
    Map<String, Object> receiverJson() {
        var receiver = new LinkedHashMap<String, Object>();
        receiver.put("version", RECEIVER_VERSION);
        receiver.put("refresh", 1000);
        receiver.put("history", 0);
        if (settings.hasReceiverPosition()) {
            receiver.put("lat", settings.receiver().lat());
            receiver.put("lon", settings.receiver().lon());
        }
        return receiver;
    }

    @GetMapping("/api/flights/aircraft/{icao}")
    @Operation(summary = "One aircraft's current state")
    ResponseEntity<?> aircraft(@PathVariable String icao) {
        return queries.aircraft(icao(icao))
                .<ResponseEntity<?>>map(a -> ResponseEntity.ok(FlightsViews.aircraft(a)))
                .orElseGet(() -> notFound("unknown-aircraft", "no aircraft " + icao + " has been seen"));
    }

    @GetMapping("/api/flights/aircraft")
    @Operation(
            summary = "Aircraft near a point, in a box, or with a callsign",
            description =
                    "exactly one of: lat+lon+radius_nm (nearest first), box=minLat,minLon,maxLat,maxLon, callsign")
    List<FlightsViews.Aircraft> search(
            @RequestParam(required = false) Double lat,
            @RequestParam(required = false) Double lon,
            @RequestParam(name = "radius_nm", required = false) Double radiusNm,
            @RequestParam(required = false) String box,
            @RequestParam(required = false) String callsign) {
        int filters = (lat != null || lon != null || radiusNm != null ? 1 : 0)
                + (box != null ? 1 : 0)
                + (callsign != null ? 1 : 0);
        if (filters != 1) {
            throw new BadRequestException("one-filter", "give exactly one of lat+lon+radius_nm, box or callsign");
        }
        List<AircraftState> found;
        if (box != null) {
            double[] b = box(box);
            found = queries.inBox(b[0], b[1], b[2], b[3]);
        } else if (callsign != null) {
            found = queries.withCallsign(callsign.trim().toUpperCase(Locale.ROOT));
        } else {
            if (lat == null || lon == null || radiusNm == null) {
                throw new BadRequestException("incomplete-circle", "lat, lon and radius_nm go together");
            }
            checkLatLon(lat, lon);
            if (!(radiusNm > 0 && radiusNm <= 1_000)) {
                throw new BadRequestException("invalid-radius", "radius_nm must be in (0, 1000]");
            }
            found = queries.near(lat, lon, radiusNm);
        }
        return found.stream().map(FlightsViews::aircraft).toList();
    }

    @GetMapping("/api/flights/aircraft/{icao}/track")
    @Operation(summary = "An aircraft's reported positions in a time range (default: all)")
    List<FlightsViews.Point> track(
            @PathVariable String icao,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        Instant start = from == null ? Instant.EPOCH : instant("from", from);
        Instant end = to == null ? Instant.parse("9999-12-31T23:59:59Z") : instant("to", to);
        checkRange(start, end);
        return queries.track(icao(icao), start, end).stream()
                .map(FlightsViews::point)
                .toList();
    }

    @GetMapping("/api/flights/flights")
    @Operation(summary = "Flights in the air at some moment between from and to (ISO-8601 instants)")
    List<FlightsViews.Flight> flights(@RequestParam String from, @RequestParam String to) {
        Instant start = instant("from", from);
        Instant end = instant("to", to);
        checkRange(start, end);
        return queries.flights(start, end).stream().map(FlightsViews::flight).toList();
    }

    @GetMapping("/api/flights/leaderboards/{name}")
    @Operation(
            summary = "A leaderboard of one UTC day (event time)",
            description =
                    "most-messages, highest-altitude (feet) or longest-flight (seconds); date defaults to the newest event's day")
    ResponseEntity<?> leaderboard(
            @PathVariable String name,
            @RequestParam(required = false) String date,
            @RequestParam(defaultValue = "10") int limit) {
        if (!LivePicture.LEADERBOARDS.contains(name)) {
            return notFound("unknown-leaderboard", "leaderboards are " + String.join(", ", LivePicture.LEADERBOARDS));
        }
        if (limit < 1 || limit > 1_000) {
            throw new BadRequestException("invalid-limit", "limit must be in [1, 1000]");
        }
        LocalDate day;
        try {
            day = date == null ? queries.newestDay() : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("invalid-date", "date must look like 2026-11-24");
        }
        var entries = queries.leaderboard(name, day, limit).stream()
                .map(e -> new FlightsViews.Entry(e.getKey(), e.getValue()))
                .toList();
        return ResponseEntity.ok(new FlightsViews.Leaderboard(name, day, entries));
    }

    private static String icao(String icao) {
        if (!ICAO.matcher(icao).matches()) {
            throw new BadRequestException("invalid-icao", "an ICAO address is 6 hex digits, e.g. 4840D6");
        }
        return icao.toUpperCase(Locale.ROOT);
    }

    private static double[] box(String box) {
        String[] parts = box.split(",");
        if (parts.length != 4) {
            throw new BadRequestException("invalid-box", "box is minLat,minLon,maxLat,maxLon");
        }
        double[] b = new double[4];
        try {
            for (int i = 0; i < 4; i++) {
                b[i] = Double.parseDouble(parts[i].trim());
            }
        } catch (NumberFormatException e) {
            throw new BadRequestException("invalid-box", "box is four numbers: minLat,minLon,maxLat,maxLon");
        }
        checkLatLon(b[0], b[1]);
        checkLatLon(b[2], b[3]);
        if (b[0] > b[2] || b[1] > b[3]) {
            throw new BadRequestException(
                    "invalid-box",
                    "box needs minLat <= maxLat and minLon <= maxLon (a box across 180° is two queries)");
        }
        return b;
    }

    private static void checkLatLon(double lat, double lon) {
        if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
            throw new BadRequestException("invalid-coordinates", "lat must be in [-90, 90] and lon in [-180, 180]");
        }
    }

    private static Instant instant(String name, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestException(
                    "invalid-time", name + " must be an ISO-8601 instant, e.g. 2026-11-24T10:00:00Z");
        }
    }

    private static void checkRange(Instant from, Instant to) {
        if (from.isAfter(to)) {
            throw new BadRequestException("invalid-range", "from must not be after to");
        }
    }

    private static ResponseEntity<ProblemDetail> notFound(String type, String detail) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.of(HttpStatus.NOT_FOUND, type, detail));
    }
}
