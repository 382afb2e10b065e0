package dev.contrail.projection.flights;

import dev.contrail.messaging.Subscription;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/** The flights read models: tables, the live picture in Redis, the projection and its subscription. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FlightsSettings.class)
class FlightsConfiguration {

    @Bean
    LivePicture livePicture(StringRedisTemplate redis, FlightsSettings settings) {
        return new LivePicture(redis, settings.redisPrefix());
    }

    @Bean
    AircraftProjection aircraftProjection(JdbcTemplate jdbc, LivePicture live) {
        return new AircraftProjection(new AircraftTables(jdbc), live);
    }

    @Bean
    Subscription flightsAircraft(AircraftProjection projection) {
        return projection.subscription();
    }

    @Bean
    FlightQueries flightQueries(
            AircraftStates aircraft,
            AircraftPictures picture,
            FlightRecords flights,
            TrackPoints tracks,
            LivePicture live) {
        return new FlightQueries(aircraft, picture, flights, tracks, live);
    }
}
