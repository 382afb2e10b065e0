package dev.contrail.adsb.decoder;

/** WGS-84 latitude and longitude in degrees; longitude in [-180, 180). */
public record Position(double lat, double lon) {

    private static final double EARTH_RADIUS_NM = 3440.065;

    /** Great-circle distance in nautical miles. */
    public double distanceNm(Position other) {
        return distanceNm(lat, lon, other.lat, other.lon);
    }

    static double distanceNm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h =
                Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_NM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }
}
