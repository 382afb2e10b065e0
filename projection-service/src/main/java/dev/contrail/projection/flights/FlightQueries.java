package dev.contrail.projection.flights;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** The flights read models as the REST API asks for them. */
final class FlightQueries {

    private final AircraftStates aircraft;
    private final AircraftPictures picture;
    private final FlightRecords flights;
    private final TrackPoints tracks;
    private final LivePicture live;
    private final AtomicReference<Rendered> rendered = new AtomicReference<>();

    /** The last aircraft.json body and the revision of the picture it shows. */
    private record Rendered(long revision, byte[] body) {}

    FlightQueries(
            AircraftStates aircraft,
            AircraftPictures picture,
            FlightRecords flights,
            TrackPoints tracks,
            LivePicture live) {
        this.aircraft = aircraft;
        this.picture = picture;
        this.flights = flights;
        this.tracks = tracks;
        this.live = live;
    }

    /**
     * aircraft.json, rendered again only when the picture changed since the last rendering (many
     * viewers polling once a second share one body; a cache hit costs one primary-key read). {@code
     * now} is the newest event time applied, and the listing windows are measured against it.
     */
    byte[] aircraftJson() {
        AircraftPicture current = picture.current();
        Rendered last = rendered.get();
        if (last != null && last.revision() == current.revision) {
            return last.body();
        }
        Instant now = current.newestEventTime;
        byte[] body = now == null
                ? AircraftJson.render(Instant.EPOCH, 0, List.of())
                : AircraftJson.render(
                        now,
                        current.messages,
                        aircraft.listed(
                                now.minus(AircraftJson.MESSAGE_WINDOW), now.minus(AircraftJson.POSITION_WINDOW)));
        rendered.set(new Rendered(current.revision, body));
        return body;
    }

    /** The UTC day of the newest event applied: what "today" is for the leaderboards. */
    LocalDate newestDay() {
        Instant newest = picture.current().newestEventTime;
        return LocalDate.ofInstant(newest == null ? Instant.EPOCH : newest, ZoneOffset.UTC);
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
