package dev.contrail.adsb.decoder;

/** Emergency / priority state of TC 28 subtype 1, named as tar1090 shows it. */
public enum Emergency {
    NONE("none"),
    GENERAL("general"),
    LIFEGUARD("lifeguard"),
    MINFUEL("minfuel"),
    NORDO("nordo"),
    UNLAWFUL("unlawful"),
    DOWNED("downed"),
    RESERVED("reserved");

    private static final Emergency[] VALUES = values();
    private final String label;

    Emergency(String label) {
        this.label = label;
    }

    static Emergency of(int code) {
        return VALUES[code & 7];
    }

    public String label() {
        return label;
    }
}
