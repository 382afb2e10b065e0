package dev.contrail.adsb.decoder.commb;

/**
 * BDS 1,7 common usage GICB capability report (identification only).
 *
 * <pre>
 * MB: one capability bit per register (1-24): 0,5 0,6 0,7 0,8 0,9 0,A 2,0 2,1 4,0 4,1 4,2 4,3 4,4 4,5
 *     4,8 5,0 5,1 5,2 5,3 5,4 5,5 5,6 5,F 6,0; reserved(25-56) = 0. 2,0 (bit 7) is always set.
 * </pre>
 */
final class GicbCapability {

    private GicbCapability() {}

    static boolean matches(long mb) {
        return Mb.field(mb, 25, 32) == 0 && Mb.flag(mb, 7);
    }
}
