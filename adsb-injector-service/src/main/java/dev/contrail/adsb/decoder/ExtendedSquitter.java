package dev.contrail.adsb.decoder;

/**
 * DF17 (ADS-B) and DF18 (ADS-B non-transponder, TIS-B, ADS-R) extended squitter.
 *
 * <pre>
 * DF17: DF(1-5) CA(6-8) AA(9-32) ME(33-88) PI(89-112)
 * DF18: DF(1-5) CF(6-8) AA(9-32) ME(33-88) PI(89-112)
 * ME(1-5) = type code
 * </pre>
 *
 * @param capability CA (DF17) or CF (DF18)
 */
public record ExtendedSquitter(int df, int address, AddressType addressType, int capability, Adsb adsb)
        implements ModeSMessage {

    static ExtendedSquitter decode(byte[] frame) {
        int df = Bits.downlinkFormat(frame);
        int ca = Bits.bits(frame, 6, 3);
        AddressType type = AddressType.of(df, ca);
        Adsb adsb = type.hasAdsbLayout()
                ? Adsb.decode(frame)
                : new OtherAdsb(Bits.me(frame, 1, 5), Bits.read(frame, 33, 56));
        return new ExtendedSquitter(df, Bits.bits(frame, 9, 24), type, ca, adsb);
    }

    public int typeCode() {
        return adsb.typeCode();
    }
}
