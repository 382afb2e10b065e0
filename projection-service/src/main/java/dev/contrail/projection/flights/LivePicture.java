package dev.contrail.projection.flights;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.geo.Distance;
import org.springframework.data.geo.Metrics;
import org.springframework.data.geo.Point;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisGeoCommands;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.ZSetOperations;
import org.springframework.data.redis.domain.geo.GeoReference;
import org.springframework.data.redis.domain.geo.GeoShape;

/**
 * The live picture in Redis: a hash per aircraft ({@code flights:aircraft:<hex>}), a GEO index of
 * positions ({@code flights:aircraft:geo}, members are the lower-case hex as tar1090 shows it), and
 * each UTC day's leaderboards as sorted sets ({@code flights:leaderboard:<name>:<yyyy-MM-dd>}, day
 * of event time). Redis is outside the read model's transaction, so every value written is
 * absolute — taken from the committed PostgreSQL rows, never an increment — and writing the same
 * poll twice leaves the same picture.
 */
final class LivePicture {

    static final List<String> LEADERBOARDS = List.of("most-messages", "highest-altitude", "longest-flight");

    private final StringRedisTemplate redis;
    private final String prefix;

    LivePicture(StringRedisTemplate redis, String prefix) {
        this.redis = redis;
        this.prefix = prefix;
    }

    static String hex(String icao) {
        return icao.toLowerCase(Locale.ROOT);
    }

    String aircraftKey(String icao) {
        return prefix + "aircraft:" + hex(icao);
    }

    String geoKey() {
        return prefix + "aircraft:geo";
    }

    String leaderboardKey(String name, LocalDate day) {
        return prefix + "leaderboard:" + name + ":" + day;
    }

    /**
     * Writes what one poll changed: every aircraft it touched (leaderboards always; the hash and
     * position only while a flight is open — landed aircraft leave the live picture) and the final
     * durations of the flights that closed.
     */
    void write(Collection<AircraftRow> rows, Collection<String> landed, Collection<AircraftTables.FlightRow> closed) {
        redis.executePipelined((RedisCallback<Object>) connection -> {
            for (AircraftRow row : rows) {
                row.finishedDays.forEach(totals -> writeStanding(connection, row.icao, totals));
                if (row.day != null) {
                    writeStanding(connection, row.icao, row.today());
                }
                if (landed.contains(row.icao)) {
                    connection.keyCommands().del(bytes(aircraftKey(row.icao)));
                    connection.zSetCommands().zRem(bytes(geoKey()), bytes(hex(row.icao)));
                } else {
                    writeAircraft(connection, row);
                }
            }
            for (AircraftTables.FlightRow flight : closed) {
                long seconds =
                        Duration.between(flight.firstSeen(), flight.lastSeen()).toSeconds();
                LocalDate day = LocalDate.ofInstant(flight.lastSeen(), ZoneOffset.UTC);
                zAdd(connection, leaderboardKey("longest-flight", day), seconds, flight.flightId());
            }
            return null;
        });
    }

    private void writeStanding(RedisConnection connection, String icao, AircraftRow.DayTotals totals) {
        zAdd(connection, leaderboardKey("most-messages", totals.day()), totals.messages(), hex(icao));
        if (totals.maxAltitudeFt() != null) {
            zAdd(connection, leaderboardKey("highest-altitude", totals.day()), totals.maxAltitudeFt(), hex(icao));
        }
        if (totals.flightSeconds() != null) {
            zAdd(connection, leaderboardKey("longest-flight", totals.day()), totals.flightSeconds(), totals.flightId());
        }
    }

    private void writeAircraft(RedisConnection connection, AircraftRow row) {
        Map<byte[], byte[]> fields = new HashMap<>();
        put(fields, "hex", hex(row.icao));
        put(fields, "flight", row.callsign);
        put(fields, "category", row.category);
        put(fields, "squawk", row.squawk);
        put(fields, "emergency", row.emergency);
        put(fields, "lat", row.lat);
        put(fields, "lon", row.lon);
        put(fields, "alt_baro", row.onGround ? "ground" : row.altBaro);
        put(fields, "alt_geom", row.altGeom);
        put(fields, "on_ground", row.onGround);
        put(fields, "gs", row.gs);
        put(fields, "track", row.track);
        put(fields, "baro_rate", row.baroRate);
        put(fields, "geom_rate", row.geomRate);
        put(fields, "last_position_time", row.lastPositionTime);
        put(fields, "last_seen", row.lastSeen);
        put(fields, "messages", row.messages);
        put(fields, "flight_id", row.flightId);
        byte[] key = bytes(aircraftKey(row.icao));
        connection.keyCommands().del(key); // fields that became unknown must not linger
        connection.hashCommands().hMSet(key, fields);
        if (row.lat != null && row.lon != null) {
            connection.geoCommands().geoAdd(bytes(geoKey()), new Point(row.lon, row.lat), bytes(hex(row.icao)));
        }
    }

    private static void zAdd(RedisConnection connection, String key, double score, String member) {
        connection.zSetCommands().zAdd(bytes(key), score, bytes(member));
    }

    /** ICAO addresses (upper case, as the read model keys them) within {@code radiusNm} of a point. */
    List<String> within(double lat, double lon, double radiusNm) {
        var results = redis.opsForGeo()
                .search(
                        geoKey(),
                        GeoReference.fromCoordinate(lon, lat),
                        new Distance(radiusNm * 1.852, Metrics.KILOMETERS),
                        RedisGeoCommands.GeoSearchCommandArgs.newGeoSearchArgs().sortAscending());
        return results == null
                ? List.of()
                : results.getContent().stream()
                        .map(r -> r.getContent().getName().toUpperCase(Locale.ROOT))
                        .toList();
    }

    /** ICAO addresses (upper case) in a box (candidates by the box's bounding rectangle in Redis; the caller filters exactly). */
    List<String> inBox(double centerLat, double centerLon, double widthKm, double heightKm) {
        var results = redis.opsForGeo()
                .search(
                        geoKey(),
                        GeoReference.fromCoordinate(centerLon, centerLat),
                        GeoShape.byBox(widthKm, heightKm, RedisGeoCommands.DistanceUnit.KILOMETERS),
                        RedisGeoCommands.GeoSearchCommandArgs.newGeoSearchArgs());
        return results == null
                ? List.of()
                : results.getContent().stream()
                        .map(r -> r.getContent().getName().toUpperCase(Locale.ROOT))
                        .toList();
    }

    /** The top entries of a leaderboard, highest first; members as the API names them (upper-case ICAO, flight ids). */
    List<Map.Entry<String, Double>> leaderboard(String name, LocalDate day, int limit) {
        var top = redis.opsForZSet().reverseRangeWithScores(leaderboardKey(name, day), 0, limit - 1L);
        List<Map.Entry<String, Double>> entries = new ArrayList<>();
        if (top != null) {
            for (ZSetOperations.TypedTuple<String> tuple : top) {
                entries.add(Map.entry(tuple.getValue().toUpperCase(Locale.ROOT), tuple.getScore()));
            }
        }
        return entries;
    }

    /** Forgets the whole picture (before a rebuild). */
    void clear() {
        List<String> keys = new ArrayList<>();
        try (Cursor<String> cursor = redis.scan(
                ScanOptions.scanOptions().match(prefix + "*").count(1_000).build())) {
            cursor.forEachRemaining(keys::add);
        }
        if (!keys.isEmpty()) {
            redis.unlink(keys);
        }
    }

    private static void put(Map<byte[], byte[]> fields, String name, Object value) {
        if (value != null) {
            fields.put(bytes(name), bytes(value.toString()));
        }
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
