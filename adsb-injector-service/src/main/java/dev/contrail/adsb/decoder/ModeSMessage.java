package dev.contrail.adsb.decoder;

/** A decoded Mode S downlink message. {@link #address()} is the 24-bit address (ICAO unless flagged). */
public sealed interface ModeSMessage
        permits AcasReply, SurveillanceReply, IdentityReply, AllCallReply, ExtendedSquitter {

    int df();

    int address();
}
