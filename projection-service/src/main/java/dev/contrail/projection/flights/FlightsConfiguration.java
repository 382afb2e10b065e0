package dev.contrail.projection.flights;

import dev.contrail.messaging.Subscription;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceConnection;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/** The flights read models: tables, the live picture in Redis, the projection and its subscription. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FlightsSettings.class)
class FlightsConfiguration {

    /**
     * The live picture writes each poll as one pipeline; Lettuce's default flushes every command
     * of a pipeline as its own socket write. One flush when the pipeline closes sends it in a
     * few packets (pipelines run on pooled dedicated connections, so nothing else waits on it).
     */
    @Bean
    static BeanPostProcessor pipelinesFlushOnce() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof LettuceConnectionFactory factory) {
                    factory.setPipeliningFlushPolicy(LettuceConnection.PipeliningFlushPolicy.flushOnClose());
                }
                return bean;
            }
        };
    }

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
