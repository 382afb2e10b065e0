package dev.contrail.projection.flights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** The flights read models as the REST API asks for them. */
final class FlightQueries {

    private final AircraftStates aircraft;
    private final FlightRecords flights;
    private final TrackPoints tracks;
    private final LivePicture live;
    private final AtomicReference<Rendered> rendered = new AtomicReference<>();

    /** The last aircraft.json body and the last event applied to the picture it shows. */
    private record Rendered(long position, byte[] body) {}

    FlightQueries(AircraftStates aircraft, FlightRecords flights, TrackPoints tracks, LivePicture live) {
        this.aircraft = aircraft;
        this.flights = flights;
        this.tracks = tracks;
        this.live = live;
    }

    /**
     * aircraft.json, rendered again only when the picture changed since the last rendering (many
     * viewers polling once a second share one). {@code now} is the newest event time applied.
     */
    byte[] aircraftJson() {
        AircraftStates.Summary summary = aircraft.summary();
        if (summary.getNewest() == null) {
            return AircraftJson.render(Instant.EPOCH, 0, List.of());
        }
        Rendered last = rendered.get();
        if (last != null && last.position() == summary.getPosition()) {
            return last.body();
        }
        Instant now = summary.getNewest();
        List<AircraftState> listed =
                aircraft.listed(now.minus(AircraftJson.MESSAGE_WINDOW), now.minus(AircraftJson.POSITION_WINDOW));
        byte[] body = AircraftJson.render(now, summary.getMessages(), listed);
        rendered.set(new Rendered(summary.getPosition(), body));
        return body;
    }

    /** The UTC day of the newest event applied: what "today" is for the leaderboards. */
    LocalDate newestDay() {
        Instant newest = aircraft.summary().getNewest();
        return LocalDate.ofInstant(newest == null ? Instant.EPOCH : newest, java.time.ZoneOffset.UTC);
    }

    Optional<AircraftState> aircraft(String icao) {
        return aircraft.findById(icao);
    }

    List<AircraftState> near(double lat, double lon, double radiusNm) {
        return inOrder(live.within(lat, lon, radiusNm));
    }

    List<AircraftState> inBox(double minLat, double minLon, double maxLat, double maxLon) {
        double centerLat = (minLat + maxLat) / 2;
        double centerLon = (minLon + maxLon) / 2;
        double heightKm = (maxLat - minLat) * 111.32;
        // widest where the box is nearest the equator
        double widestLat = minLat <= 0 && maxLat >= 0 ? 0 : Math.min(Math.abs(minLat), Math.abs(maxLat));
        double widthKm = (maxLon - minLon) * 111.32 * Math.cos(Math.toRadians(widestLat));
        return aircraft.findAllById(live.inBox(centerLat, centerLon, widthKm * 1.01 + 1, heightKm * 1.01 + 1)).stream()
                .filter(a -> a.lat != null && a.lat >= minLat && a.lat <= maxLat && a.lon >= minLon && a.lon <= maxLon)
                .sorted(Comparator.comparing(a -> a.icao))
                .toList();
    }

    List<AircraftState> withCallsign(String callsign) {
        return aircraft.findByCallsignOrderByIcao(callsign);
    }

    List<TrackPoint> track(String icao, Instant from, Instant to) {
        return tracks.findByIcaoAndTimeBetweenOrderByTimeAscGlobalPositionAsc(icao, from, to);
    }

    List<FlightRecord> flights(Instant from, Instant to) {
        return flights.overlapping(from, to);
    }

    List<Map.Entry<String, Double>> leaderboard(String name, LocalDate day, int limit) {
        return live.leaderboard(name, day, limit);
    }

    /** The aircraft in the order Redis found them (nearest first), as the read model holds them. */
    private List<AircraftState> inOrder(List<String> icaos) {
        Map<String, AircraftState> found =
                aircraft.findAllById(icaos).stream().collect(java.util.stream.Collectors.toMap(a -> a.icao, a -> a));
        return icaos.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }
}
