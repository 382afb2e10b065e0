package dev.contrail.adsb.sim;

import dev.contrail.adsb.sim.SimFrame.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A deterministic generator of Mode S traffic: N aircraft ({@link SimulatedAircraft}) encoded as
 * real DF17 and DF5 frames ({@link ModeSEncoder}), so that everything downstream, the decoder
 * included, runs exactly as for a receiver. Frames are spread evenly over simulated time and over
 * the aircraft; each aircraft cycles through ten slots: five positions (even and odd alternating),
 * four velocities (positions again while on the ground) and one identification or squawk.
 */
public final class Simulator {

    private static final String[] AIRLINES = {"DLH", "BAW", "AFR", "KLM", "EZY", "RYR", "SAS", "AUA", "SWR", "IBE"};
    private static final int SLOTS = 10;

    private final SimulatorSettings settings;
    private final long startMillis;
    private final List<SimulatedAircraft> aircraft = new ArrayList<>();
    private final long[] lastUpdate;
    private final int[] positionCount;
    private long sequence;

    public Simulator(SimulatorSettings settings, long startMillis) {
        this.settings = settings;
        this.startMillis = startMillis;
        SplittableRandom random = new SplittableRandom(settings.seed());
        Set<Integer> addresses = new HashSet<>();
        for (int i = 0; i < settings.aircraft(); i++) {
            int icao;
            do {
                icao = 0x300000 + random.nextInt(0x4FFFFF); // European-looking blocks, never 0
            } while (!addresses.add(icao));
            String callsign = AIRLINES[random.nextInt(AIRLINES.length)] + (10 + random.nextInt(9_990));
            int squawk =
                    1000 * random.nextInt(1, 7) + 100 * random.nextInt(8) + 10 * random.nextInt(8) + random.nextInt(8);
            var a = new SimulatedAircraft(
                    icao, callsign, squawk, settings.centerLat(), settings.centerLon(), random.split());
            a.startAnywhere();
            aircraft.add(a);
        }
        lastUpdate = new long[settings.aircraft()];
        Arrays.fill(lastUpdate, startMillis);
        positionCount = new int[settings.aircraft()];
    }

    /** The next frame; simulated time advances by {@code 1 / framesPerSecond} per frame. */
    public SimFrame next() {
        long n = sequence++;
        long time = startMillis + Math.round(n * 1000.0 / settings.framesPerSecond());
        int index = (int) (n % aircraft.size());
        long round = n / aircraft.size();
        SimulatedAircraft a = aircraft.get(index);
        a.advance((time - lastUpdate[index]) / 1000.0);
        lastUpdate[index] = time;
        int slot = (int) ((round + index) % SLOTS); // offset so not every aircraft identifies at once
        Kind kind = kind(slot, round / SLOTS, a.onGround());
        byte[] bytes = switch (kind) {
            case IDENTIFICATION -> ModeSEncoder.identification(a.icao, a.callsign, 3);
            case SQUAWK -> ModeSEncoder.identityReply(a.icao, a.squawk, a.onGround());
            case VELOCITY -> ModeSEncoder.velocity(a.icao, a.speedKt, a.trackDeg, (int) a.verticalRateFpm);
            case AIRBORNE_POSITION ->
                ModeSEncoder.airbornePosition(
                        a.icao, a.lat, a.lon, (int) Math.round(a.altitudeFt), positionCount[index]++ % 2 == 1);
            case SURFACE_POSITION ->
                ModeSEncoder.surfacePosition(
                        a.icao, a.lat, a.lon, a.speedKt, a.trackDeg, positionCount[index]++ % 2 == 1);
        };
        return new SimFrame(bytes, time, kind, a.icao, a.lat, a.lon, a.onGround());
    }

    private static Kind kind(int slot, long cycle, boolean onGround) {
        if (slot == SLOTS - 1) {
            return cycle % 2 == 0 ? Kind.IDENTIFICATION : Kind.SQUAWK;
        }
        if (onGround) {
            return Kind.SURFACE_POSITION;
        }
        return slot % 2 == 0 ? Kind.AIRBORNE_POSITION : Kind.VELOCITY;
    }

    public SimulatorSettings settings() {
        return settings;
    }
}
