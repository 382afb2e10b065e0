package dev.contrail.projection.flights;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the flights read models ({@code contrail.flights.*}).
 *
 * @param receiver the receiver's location, published in receiver.json (tar1090 centres its map there)
 * @param redisPrefix prefix of every Redis key of the live picture
 */
@ConfigurationProperties("contrail.flights")
record FlightsSettings(
        Receiver receiver, @DefaultValue("flights:") String redisPrefix) {

    /** {@code contrail.flights.receiver.lat/lon}; either may be unset, then receiver.json has no position. */
    record Receiver(Double lat, Double lon) {}

    boolean hasReceiverPosition() {
        return receiver != null && receiver.lat() != null && receiver.lon() != null;
    }
}
