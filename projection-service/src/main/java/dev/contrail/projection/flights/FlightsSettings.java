package dev.contrail.projection.flights;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the flights read models ({@code contrail.flights.*}).
 *
 * @param receiverLat receiver location published in receiver.json (tar1090 centres its map there)
 * @param redisPrefix prefix of every Redis key of the live picture
 */
@ConfigurationProperties("contrail.flights")
record FlightsSettings(
        Double receiverLat,
        Double receiverLon,
        @DefaultValue("contrail:flights:") String redisPrefix) {}
