package dev.contrail.adsb.decoder.commb;

/**
 * BDS 1,0 data link capability report (identification only).
 *
 * <pre>
 * MB: BDS(1-8) = 0x10, CONT(9), reserved(10-14) = 0, OVC(15), ACAS(16), SUBNET VERSION(17-23), ...
 * </pre>
 */
final class DataLinkCapability {

    private DataLinkCapability() {}

    static boolean matches(long mb) {
        return Mb.field(mb, 1, 8) == 0x10 && Mb.field(mb, 10, 5) == 0;
    }
}
