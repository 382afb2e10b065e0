package dev.contrail.command.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The command service's settings ({@code contrail.*}).
 *
 * @param source the CloudEvents {@code source} of the events this service records
 * @param stateCacheSize aggregates kept hot in memory
 * @param flights how injected observations become flights
 */
@ConfigurationProperties("contrail")
public record CommandServiceProperties(
        @DefaultValue("/contrail/command-service") String source,
        @DefaultValue("100000") int stateCacheSize,
        @DefaultValue Relay relay,
        @DefaultValue Flights flights) {

    /**
     * @param gap a silence longer than this (event time) ends a flight
     * @param hotAircraft flight-track states kept in memory
     */
    public record Flights(
            @DefaultValue("10m") Duration gap,
            @DefaultValue("50000") int hotAircraft) {}

    /**
     * @param enabled whether this instance competes to relay the log to Kafka
     * @param fallbackPoll read the log at least this often even without a notification
     * @param roundInterval read the log at most this often: under load a round carries more events
     * @param maxRoundInterval above {@code busyRate}, rounds grow apart in proportion to the rate, up to this
     * @param busyRate events per second above which rounds grow apart
     */
    public record Relay(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("500") int batchSize,
            @DefaultValue("5s") Duration fallbackPoll,
            @DefaultValue("1ms") Duration roundInterval,
            @DefaultValue("25ms") Duration maxRoundInterval,
            @DefaultValue("200") double busyRate,
            @DefaultValue("6") int topicPartitions,
            @DefaultValue("1") short topicReplicationFactor) {}
}
