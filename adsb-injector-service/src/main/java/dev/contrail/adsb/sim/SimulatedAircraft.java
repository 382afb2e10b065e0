package dev.contrail.adsb.sim;

import java.util.random.RandomGenerator;

/**
 * One simulated aircraft flying a whole day's cycle around an airport at the simulation centre: taxi
 * out, take-off roll, climb, cruise with turns, descent, approach, landing roll, taxi in, and again.
 * Rates stay inside what real aircraft do (and what the decoder's plausibility checks accept): 2,500
 * ft/min climb, 2,000 ft/min descent, 1 kt/s acceleration in the air, turns at 2 deg/s.
 */
final class SimulatedAircraft {

    enum Phase {
        TAXI_OUT,
        TAKEOFF,
        CLIMB,
        CRUISE,
        DESCENT,
        APPROACH,
        LANDING,
        TAXI_IN
    }

    private static final double TAXI_KT = 15;
    private static final double TURN_DEG_PER_S = 2;
    private static final double TAXI_TURN_DEG_PER_S = 5;

    final int icao;
    final String callsign;
    final int squawk;
    private final double homeLat;
    private final double homeLon;
    private final RandomGenerator random;
    Phase phase;
    double lat;
    double lon;
    double altitudeFt;
    double speedKt;
    double trackDeg;
    double verticalRateFpm;
    private double targetTrack;
    private double cruiseAltitude;
    private double phaseSecondsLeft;
    private double nextTurnIn;

    SimulatedAircraft(int icao, String callsign, int squawk, double homeLat, double homeLon, RandomGenerator random) {
        this.icao = icao;
        this.callsign = callsign;
        this.squawk = squawk;
        this.homeLat = homeLat;
        this.homeLon = homeLon;
        this.random = random;
    }

    /** Places the aircraft somewhere in its cycle, so a new simulation shows every phase at once. */
    void startAnywhere() {
        cruiseAltitude = 24_000 + 1_000 * random.nextInt(15);
        trackDeg = random.nextDouble(360);
        targetTrack = trackDeg;
        double distanceNm = random.nextDouble(5, 80);
        double bearing = random.nextDouble(360);
        lat = homeLat + distanceNm * Math.cos(Math.toRadians(bearing)) / 60.0;
        lon = homeLon + distanceNm * Math.sin(Math.toRadians(bearing)) / (60.0 * Math.cos(Math.toRadians(lat)));
        switch (random.nextInt(4)) {
            case 0 -> {
                lat = homeLat + random.nextDouble(-0.01, 0.01);
                lon = homeLon + random.nextDouble(-0.01, 0.01);
                enter(Phase.TAXI_OUT);
            }
            case 1 -> {
                altitudeFt = random.nextDouble(2_000, cruiseAltitude);
                speedKt = 250 + (altitudeFt / cruiseAltitude) * 150;
                enter(Phase.CLIMB);
            }
            case 2 -> {
                altitudeFt = cruiseAltitude;
                speedKt = 450;
                enter(Phase.CRUISE);
            }
            default -> {
                altitudeFt = random.nextDouble(5_000, cruiseAltitude);
                speedKt = 300;
                enter(Phase.DESCENT);
            }
        }
    }

    boolean onGround() {
        return phase == Phase.TAXI_OUT || phase == Phase.TAKEOFF || phase == Phase.LANDING || phase == Phase.TAXI_IN;
    }

    private void enter(Phase next) {
        phase = next;
        switch (next) {
            case TAXI_OUT, TAXI_IN -> {
                altitudeFt = 0;
                speedKt = TAXI_KT;
                verticalRateFpm = 0;
                phaseSecondsLeft = random.nextDouble(60, 180);
            }
            case TAKEOFF, LANDING -> verticalRateFpm = 0;
            case CLIMB -> verticalRateFpm = 2_500;
            case CRUISE -> {
                verticalRateFpm = 0;
                phaseSecondsLeft = random.nextDouble(300, 1200);
            }
            case DESCENT -> verticalRateFpm = -2_000;
            case APPROACH -> verticalRateFpm = -800;
        }
    }

    /** Moves the aircraft {@code seconds} forward. */
    void advance(double seconds) {
        steer(seconds);
        switch (phase) {
            case TAXI_OUT -> countdown(seconds, Phase.TAKEOFF);
            case TAKEOFF -> {
                speedKt = Math.min(150, speedKt + 3 * seconds);
                if (speedKt >= 150) {
                    enter(Phase.CLIMB);
                }
            }
            case CLIMB -> {
                speedKt = Math.min(450, speedKt + seconds);
                altitudeFt = Math.min(cruiseAltitude, altitudeFt + verticalRateFpm * seconds / 60);
                if (altitudeFt >= cruiseAltitude) {
                    enter(Phase.CRUISE);
                }
            }
            case CRUISE -> countdown(seconds, Phase.DESCENT);
            case DESCENT -> {
                speedKt = Math.max(250, speedKt - seconds);
                altitudeFt = Math.max(3_000, altitudeFt + verticalRateFpm * seconds / 60);
                if (altitudeFt <= 3_000) {
                    enter(Phase.APPROACH);
                }
            }
            case APPROACH -> {
                speedKt = Math.max(140, speedKt - seconds);
                altitudeFt = Math.max(0, altitudeFt + verticalRateFpm * seconds / 60);
                if (altitudeFt <= 0) {
                    enter(Phase.LANDING);
                }
            }
            case LANDING -> {
                speedKt = Math.max(TAXI_KT, speedKt - 4 * seconds);
                if (speedKt <= TAXI_KT) {
                    enter(Phase.TAXI_IN);
                }
            }
            case TAXI_IN -> countdown(seconds, Phase.TAXI_OUT);
        }
        move(seconds);
    }

    private void countdown(double seconds, Phase next) {
        phaseSecondsLeft -= seconds;
        if (phaseSecondsLeft <= 0) {
            enter(next);
        }
    }

    /** Turns toward the target track; now and then picks a new one, heading home when far out. */
    private void steer(double seconds) {
        nextTurnIn -= seconds;
        if (nextTurnIn <= 0 && phase != Phase.TAKEOFF && phase != Phase.LANDING) {
            nextTurnIn = random.nextDouble(20, 120);
            double far = phase == Phase.CRUISE ? 120 : onGround() ? 1.5 : 60;
            boolean homeward = distanceFromHomeNm() > far || phase == Phase.APPROACH;
            targetTrack = homeward ? bearingHome() + random.nextDouble(-20, 20) : random.nextDouble(360);
        }
        double rate = onGround() ? TAXI_TURN_DEG_PER_S : TURN_DEG_PER_S;
        double diff = ((targetTrack - trackDeg) % 360 + 540) % 360 - 180;
        double turn = Math.max(-rate * seconds, Math.min(rate * seconds, diff));
        trackDeg = ((trackDeg + turn) % 360 + 360) % 360;
    }

    private void move(double seconds) {
        double nm = speedKt * seconds / 3600.0;
        double t = Math.toRadians(trackDeg);
        lat += nm * Math.cos(t) / 60.0;
        lon += nm * Math.sin(t) / (60.0 * Math.cos(Math.toRadians(lat)));
        lon = ((lon + 180) % 360 + 360) % 360 - 180;
    }

    private double distanceFromHomeNm() {
        double dLat = (lat - homeLat) * 60;
        double dLon = (lon - homeLon) * 60 * Math.cos(Math.toRadians(homeLat));
        return Math.hypot(dLat, dLon);
    }

    private double bearingHome() {
        double dLat = homeLat - lat;
        double dLon = (homeLon - lon) * Math.cos(Math.toRadians(lat));
        return (Math.toDegrees(Math.atan2(dLon, dLat)) + 360) % 360;
    }
}
