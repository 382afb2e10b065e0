package dev.contrail.adsb.decoder.commb;

/** Comm-B data selector: the register an MB field carries. */
public enum Bds {
    BDS10("1,0"),
    BDS17("1,7"),
    BDS20("2,0"),
    BDS40("4,0"),
    BDS44("4,4"),
    BDS45("4,5"),
    BDS50("5,0"),
    BDS60("6,0");

    private final String label;

    Bds(String label) {
        this.label = label;
    }

    /** The usual notation, e.g. {@code "5,0"}. */
    public String label() {
        return label;
    }

    int bit() {
        return 1 << ordinal();
    }
}
