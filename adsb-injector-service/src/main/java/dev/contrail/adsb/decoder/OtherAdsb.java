package dev.contrail.adsb.decoder;

/** An ME field this decoder does not interpret (TC 0, 23-27, 30, coarse TIS-B, management). */
public record OtherAdsb(int typeCode, long me) implements Adsb {}
