package dev.contrail.adsb.decoder;

/**
 * Compact Position Reporting (CPR) decoding, pure functions. Latitude zones: 60 (even) and 59 (odd)
 * per 360 deg airborne, per 90 deg on the surface; longitude zones per latitude from NL(lat).
 *
 * <p>The {@code int}-returning methods write {@code [lat, lon]} into {@code out} and return {@link
 * #OK}, {@link #BAD_LATITUDE} or {@link #ZONE_MISMATCH}, so the tracker allocates nothing.
 */
public final class Cpr {

    public static final int OK = 0;
    public static final int BAD_LATITUDE = 1;
    /** Even and odd frame lie in different NL zones: the pair cannot be decoded. */
    public static final int ZONE_MISMATCH = 2;

    private static final double SCALE = 131072.0;
    private static final int NZ = 15;
    /** NL_LIMIT[nl] = latitude (deg) below which NL(lat) >= nl, for nl = 2..59. */
    private static final double[] NL_LIMIT = buildNlLimits();

    private Cpr() {}

    private static double[] buildNlLimits() {
        double[] limits = new double[60];
        double a = 1 - Math.cos(Math.PI / (2 * NZ));
        for (int nl = 3; nl <= 59; nl++) {
            limits[nl] = Math.toDegrees(Math.acos(Math.sqrt(a / (1 - Math.cos(2 * Math.PI / nl)))));
        }
        limits[2] = 87.0;
        return limits;
    }

    /** Number of longitude zones at a latitude, 1..59. */
    public static int nl(double lat) {
        double a = Math.abs(lat);
        if (a >= NL_LIMIT[2]) {
            return 1;
        }
        int lo = 2;
        int hi = 59;
        while (lo < hi) { // largest nl with a < NL_LIMIT[nl]
            int mid = (lo + hi + 1) >>> 1;
            if (a < NL_LIMIT[mid]) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Globally unambiguous airborne decoding of an even/odd pair; the newer frame's position. */
    public static int globalAirborne(int latE, int lonE, int latO, int lonO, boolean oddNewer, double[] out) {
        int j = (int) Math.floor((59.0 * latE - 60.0 * latO) / SCALE + 0.5);
        double rlatE = 6.0 * (mod(j, 60) + latE / SCALE);
        double rlatO = 360.0 / 59 * (mod(j, 59) + latO / SCALE);
        if (rlatE >= 270.0) {
            rlatE -= 360.0;
        }
        if (rlatO >= 270.0) {
            rlatO -= 360.0;
        }
        if (Math.abs(rlatE) > 90.0 || Math.abs(rlatO) > 90.0) {
            return BAD_LATITUDE;
        }
        return longitude(rlatE, rlatO, lonE, lonO, oddNewer, 360.0, out);
    }

    /**
     * Global surface decoding of an even/odd pair. The pair fixes the position only modulo 90 deg;
     * the reference picks the latitude and longitude candidate nearest to it (across +-180 deg).
     */
    public static int globalSurface(
            int latE, int lonE, int latO, int lonO, boolean oddNewer, double refLat, double refLon, double[] out) {
        int j = (int) Math.floor((59.0 * latE - 60.0 * latO) / SCALE + 0.5);
        double rlatE = 1.5 * (mod(j, 60) + latE / SCALE);
        double rlatO = 90.0 / 59 * (mod(j, 59) + latO / SCALE);
        double newer = oddNewer ? rlatO : rlatE;
        double shift = 0;
        double best = Double.MAX_VALUE;
        for (double s = -90; s <= 90; s += 90) {
            double candidate = newer + s;
            if (Math.abs(candidate) <= 90.0 && Math.abs(candidate - refLat) < best) {
                best = Math.abs(candidate - refLat);
                shift = s;
            }
        }
        int status = longitude(rlatE + shift, rlatO + shift, lonE, lonO, oddNewer, 90.0, out);
        if (status == OK) {
            out[1] = nearestLongitude(out[1], refLon);
        }
        return status;
    }

    private static int longitude(
            double rlatE, double rlatO, int lonE, int lonO, boolean oddNewer, double span, double[] out) {
        int nl = nl(rlatE);
        if (nl != nl(rlatO)) {
            return ZONE_MISMATCH;
        }
        int ni = Math.max(nl - (oddNewer ? 1 : 0), 1);
        int m = (int) Math.floor(((double) lonE * (nl - 1) - (double) lonO * nl) / SCALE + 0.5);
        double lon = span / ni * (mod(m, ni) + (oddNewer ? lonO : lonE) / SCALE);
        out[0] = oddNewer ? rlatO : rlatE;
        out[1] = normalize(lon);
        return OK;
    }

    /**
     * Local decoding of a single frame relative to a reference within half a zone (airborne: 180 NM
     * north-south; surface: 45 NM).
     */
    public static int local(
            boolean surface, boolean odd, int cprLat, int cprLon, double refLat, double refLon, double[] out) {
        double span = surface ? 90.0 : 360.0;
        double dLat = span / (odd ? 59 : 60);
        double yz = cprLat / SCALE;
        double j = Math.floor(refLat / dLat) + Math.floor(0.5 + mod(refLat, dLat) / dLat - yz);
        double lat = dLat * (j + yz);
        if (Math.abs(lat) > 90.0) {
            return BAD_LATITUDE;
        }
        int ni = Math.max(nl(lat) - (odd ? 1 : 0), 1);
        double dLon = span / ni;
        double xz = cprLon / SCALE;
        double m = Math.floor(refLon / dLon) + Math.floor(0.5 + mod(refLon, dLon) / dLon - xz);
        out[0] = lat;
        out[1] = normalize(dLon * (m + xz));
        return OK;
    }

    /** Convenience form of {@link #globalAirborne(int, int, int, int, boolean, double[])}. */
    public static Position globalAirborne(int latE, int lonE, int latO, int lonO, boolean oddNewer) {
        double[] out = new double[2];
        return globalAirborne(latE, lonE, latO, lonO, oddNewer, out) == OK ? new Position(out[0], out[1]) : null;
    }

    /** Convenience form of the surface pair decoding. */
    public static Position globalSurface(int latE, int lonE, int latO, int lonO, boolean oddNewer, Position ref) {
        double[] out = new double[2];
        int status = globalSurface(latE, lonE, latO, lonO, oddNewer, ref.lat(), ref.lon(), out);
        return status == OK ? new Position(out[0], out[1]) : null;
    }

    /** Convenience form of {@link #local(boolean, boolean, int, int, double, double, double[])}. */
    public static Position local(boolean surface, boolean odd, int cprLat, int cprLon, Position ref) {
        double[] out = new double[2];
        return local(surface, odd, cprLat, cprLon, ref.lat(), ref.lon(), out) == OK
                ? new Position(out[0], out[1])
                : null;
    }

    private static double nearestLongitude(double lon, double refLon) {
        double best = lon;
        double bestDistance = Double.MAX_VALUE;
        for (int k = 0; k < 4; k++) {
            double candidate = normalize(lon + 90.0 * k);
            double d = Math.abs(normalize(candidate - refLon));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best;
    }

    /** Longitude to [-180, 180). */
    static double normalize(double lon) {
        double l = mod(lon + 180.0, 360.0) - 180.0;
        return l >= 180.0 ? l - 360.0 : l;
    }

    private static double mod(double a, double b) {
        return a - b * Math.floor(a / b);
    }
}
