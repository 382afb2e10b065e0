package dev.contrail.adsb.sim;

/**
 * @param aircraft how many aircraft fly at once
 * @param framesPerSecond frames per second of simulated time, over all aircraft
 * @param seed the same seed gives the same aircraft, tracks and frames
 * @param centerLat the airport every aircraft flies from and back to (also the receiver location)
 */
public record SimulatorSettings(int aircraft, double framesPerSecond, long seed, double centerLat, double centerLon) {

    public SimulatorSettings {
        if (aircraft < 1 || framesPerSecond <= 0) {
            throw new IllegalArgumentException("aircraft and framesPerSecond must be positive");
        }
    }
}
