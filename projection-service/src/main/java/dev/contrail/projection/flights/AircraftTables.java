package dev.contrail.projection.flights;

import dev.contrail.messaging.CopyRows;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The writes of the flights-aircraft projection, in batches: a poll of thousands of events becomes
 * one read of the aircraft it touches, one upsert per aircraft, one insert per position and a few
 * flight updates. (Loading and saving a JPA entity per event would cap the projection far below
 * the injection rate; the query side reads the same tables through JPA.)
 */
final class AircraftTables {

    private static final String COLUMNS = "icao, callsign, category, squawk, emergency, lat, lon, alt_baro, alt_geom,"
            + " on_ground, gs, track, ias, tas, mag_heading, baro_rate, geom_rate, last_position_time, last_seen,"
            + " last_event_time, messages, flight_id, flight_first_seen, day, messages_on_day, max_altitude_on_day, position";

    private final JdbcTemplate jdbc;

    AircraftTables(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, AircraftRow> load(Collection<String> icaos) {
        Map<String, AircraftRow> rows = new HashMap<>();
        jdbc.query(
                connection -> {
                    var statement = connection.prepareStatement(
                            "select " + COLUMNS + " from aircraft_states where icao = any(?)");
                    statement.setArray(1, connection.createArrayOf("text", icaos.toArray()));
                    return statement;
                },
                rs -> {
                    AircraftRow row = read(rs);
                    rows.put(row.icao, row);
                });
        return rows;
    }

    private static AircraftRow read(ResultSet rs) throws SQLException {
        var row = new AircraftRow(rs.getString("icao"));
        row.callsign = rs.getString("callsign");
        row.category = rs.getString("category");
        row.squawk = rs.getString("squawk");
        row.emergency = rs.getString("emergency");
        row.lat = rs.getObject("lat", Double.class);
        row.lon = rs.getObject("lon", Double.class);
        row.altBaro = rs.getObject("alt_baro", Integer.class);
        row.altGeom = rs.getObject("alt_geom", Integer.class);
        row.onGround = rs.getBoolean("on_ground");
        row.gs = rs.getObject("gs", Double.class);
        row.track = rs.getObject("track", Double.class);
        row.ias = rs.getObject("ias", Double.class);
        row.tas = rs.getObject("tas", Double.class);
        row.magHeading = rs.getObject("mag_heading", Double.class);
        row.baroRate = rs.getObject("baro_rate", Integer.class);
        row.geomRate = rs.getObject("geom_rate", Integer.class);
        row.lastPositionTime = instant(rs.getTimestamp("last_position_time"));
        row.lastSeen = instant(rs.getTimestamp("last_seen"));
        row.lastEventTime = instant(rs.getTimestamp("last_event_time"));
        row.messages = rs.getLong("messages");
        row.flightId = rs.getString("flight_id");
        row.flightFirstSeen = instant(rs.getTimestamp("flight_first_seen"));
        row.day = rs.getDate("day") == null ? null : rs.getDate("day").toLocalDate();
        row.messagesOnDay = rs.getLong("messages_on_day");
        row.maxAltitudeOnDay = rs.getObject("max_altitude_on_day", Integer.class);
        row.position = rs.getLong("position");
        return row;
    }

    void save(Collection<AircraftRow> rows) {
        List<String> columns = Arrays.asList(COLUMNS.split(", "));
        String values = String.join(", ", Collections.nCopies(columns.size(), "?"));
        String updates = columns.stream()
                .skip(1)
                .map(column -> column + " = excluded." + column)
                .collect(Collectors.joining(", "));
        jdbc.batchUpdate(
                "insert into aircraft_states (" + COLUMNS + ") values (" + values
                        + ") on conflict (icao) do update set " + updates,
                List.copyOf(rows),
                rows.size(),
                AircraftTables::bind);
    }

    private static void bind(PreparedStatement ps, AircraftRow row) throws SQLException {
        int i = 1;
        ps.setString(i++, row.icao);
        ps.setString(i++, row.callsign);
        ps.setString(i++, row.category);
        ps.setString(i++, row.squawk);
        ps.setString(i++, row.emergency);
        ps.setObject(i++, row.lat, Types.DOUBLE);
        ps.setObject(i++, row.lon, Types.DOUBLE);
        ps.setObject(i++, row.altBaro, Types.INTEGER);
        ps.setObject(i++, row.altGeom, Types.INTEGER);
        ps.setBoolean(i++, row.onGround);
        ps.setObject(i++, row.gs, Types.DOUBLE);
        ps.setObject(i++, row.track, Types.DOUBLE);
        ps.setObject(i++, row.ias, Types.DOUBLE);
        ps.setObject(i++, row.tas, Types.DOUBLE);
        ps.setObject(i++, row.magHeading, Types.DOUBLE);
        ps.setObject(i++, row.baroRate, Types.INTEGER);
        ps.setObject(i++, row.geomRate, Types.INTEGER);
        ps.setTimestamp(i++, timestamp(row.lastPositionTime));
        ps.setTimestamp(i++, timestamp(row.lastSeen));
        ps.setTimestamp(i++, timestamp(row.lastEventTime));
        ps.setLong(i++, row.messages);
        ps.setString(i++, row.flightId);
        ps.setTimestamp(i++, timestamp(row.flightFirstSeen));
        ps.setDate(i++, row.day == null ? null : Date.valueOf(row.day));
        ps.setLong(i++, row.messagesOnDay);
        ps.setObject(i++, row.maxAltitudeOnDay, Types.INTEGER);
        ps.setLong(i, row.position);
    }

    /** Each event is applied once (the subscriber's claim), so each point is new: copied in bulk. */
    void addTrackPoints(List<AircraftRow.TrackPoint> points) {
        var rows = new CopyRows();
        for (AircraftRow.TrackPoint p : points) {
            rows.value(p.globalPosition())
                    .value(p.icao())
                    .value(p.time())
                    .value(p.lat())
                    .value(p.lon())
                    .value(p.altitudeFt())
                    .value(p.onGround())
                    .endRow();
        }
        rows.copyInto(jdbc, "track_points (global_position, icao, time, lat, lon, altitude_ft, on_ground)");
    }

    /** A flight as flight_opened starts it, or as flight_closed sums it up. */
    record FlightRow(
            String flightId,
            String icao,
            Instant firstSeen,
            Instant lastSeen,
            boolean closed,
            String reason,
            String callsigns,
            Integer maxAltitudeFt,
            Double distanceNm,
            long messageCount) {}

    void saveFlights(Collection<FlightRow> flights) {
        jdbc.batchUpdate(
                "insert into flights (flight_id, icao, first_seen, last_seen, closed, reason, callsigns, max_altitude_ft,"
                        + " distance_nm, message_count) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (flight_id) do update"
                        + " set last_seen = excluded.last_seen, closed = excluded.closed, reason = excluded.reason,"
                        + " callsigns = excluded.callsigns, max_altitude_ft = excluded.max_altitude_ft,"
                        + " distance_nm = excluded.distance_nm, message_count = excluded.message_count",
                List.copyOf(flights),
                flights.size(),
                (ps, f) -> {
                    ps.setString(1, f.flightId());
                    ps.setString(2, f.icao());
                    ps.setTimestamp(3, timestamp(f.firstSeen()));
                    ps.setTimestamp(4, timestamp(f.lastSeen()));
                    ps.setBoolean(5, f.closed());
                    ps.setString(6, f.reason());
                    ps.setString(7, f.callsigns());
                    ps.setObject(8, f.maxAltitudeFt(), Types.INTEGER);
                    ps.setObject(9, f.distanceNm(), Types.DOUBLE);
                    ps.setLong(10, f.messageCount());
                });
    }

    /** An open flight follows its aircraft: messages counted and last contact, until it closes. */
    void touchOpenFlights(Map<String, long[]> messagesAndLastSeen) {
        if (messagesAndLastSeen.isEmpty()) {
            return;
        }
        List<String> ids = List.copyOf(messagesAndLastSeen.keySet());
        Long[] messages = ids.stream().map(id -> messagesAndLastSeen.get(id)[0]).toArray(Long[]::new);
        String[] lastSeen = ids.stream()
                .map(id -> Instant.ofEpochMilli(messagesAndLastSeen.get(id)[1]).toString())
                .toArray(String[]::new);
        jdbc.update(connection -> {
            var statement =
                    connection.prepareStatement("update flights f set message_count = f.message_count + t.messages,"
                            + " last_seen = greatest(f.last_seen, t.last_seen)"
                            + " from unnest(?::text[], ?::bigint[], ?::text[]::timestamptz[]) as t (flight_id, messages, last_seen)"
                            + " where f.flight_id = t.flight_id and not f.closed");
            statement.setArray(1, connection.createArrayOf("text", ids.toArray()));
            statement.setArray(2, connection.createArrayOf("bigint", messages));
            statement.setArray(3, connection.createArrayOf("text", lastSeen));
            return statement;
        });
    }

    /**
     * Moves the picture's clock to the newest event time of a poll (never back), adds its messages
     * and bumps the revision, so a cached aircraft.json is rendered again.
     */
    void advancePicture(Instant newest, long messages) {
        jdbc.update(
                "update aircraft_picture set newest_event_time = greatest(newest_event_time, ?),"
                        + " messages = messages + ?, revision = revision + 1",
                timestamp(newest),
                messages);
    }

    void clear() {
        jdbc.execute("truncate aircraft_states, flights, track_points");
        // the revision goes on counting: a body cached before the reset must not pass for a new one
        jdbc.update("update aircraft_picture set newest_event_time = null, messages = 0, revision = revision + 1");
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
