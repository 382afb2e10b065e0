package dev.contrail.adsb.decoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The timestamped {@code streams} of adsb_vectors.json, fed through the stateful decoder. */
class StreamsTest {

    private static JsonNode stream(int index) {
        return TestData.vectors().get("streams").get(index);
    }

    private static List<DecodeResult> decodeAll(Decoder decoder, JsonNode stream) {
        List<DecodeResult> results = new ArrayList<>();
        for (JsonNode m : stream.get("messages")) {
            long millis = Math.round(m.get(0).asDouble() * 1000);
            results.add(decoder.decode(TestData.hex(m.get(1).asString()), millis));
        }
        return results;
    }

    @Test
    void takeoffStreamResolvesEveryAnnotatedPairCandidateAndConfirmsTheFirstFixOnlyAfterASecondOne() {
        JsonNode stream = stream(0);
        List<DecodeResult> results = decodeAll(new Decoder(), stream);
        PositionStatus firstResolved = null;
        int candidates = 0;
        for (int i = 0; i < results.size(); i++) {
            JsonNode note = stream.get("messages").get(i).get(2);
            DecodeResult.Accepted a = (DecodeResult.Accepted) results.get(i);
            AirbornePosition p = (AirbornePosition) ((ExtendedSquitter) a.message()).adsb();
            assertThat(p.odd() ? 1 : 0)
                    .as("cpr_format #" + i)
                    .isEqualTo(note.get("cpr_format").asInt());
            assertThat(p.altitudeFt())
                    .as("altitude #" + i)
                    .isEqualTo(note.get("altitude").asInt());
            if (firstResolved == null && a.position() != null) {
                firstResolved = a.positionStatus();
            }
            if (note.has("pair_candidate")) {
                candidates++;
                // the source document rounds to 4 decimals (first one to fewer)
                assertThat(a.position()).as("position #" + i).isNotNull();
                assertThat(a.position().lat())
                        .isCloseTo(note.get("pair_candidate").get(0).asDouble(), within(1e-3));
                assertThat(a.position().lon())
                        .isCloseTo(note.get("pair_candidate").get(1).asDouble(), within(1e-3));
            }
        }
        assertThat(candidates).isEqualTo(5);
        assertThat(firstResolved).isEqualTo(PositionStatus.HELD);
        assertThat(((DecodeResult.Accepted) results.getLast()).positionStatus()).isEqualTo(PositionStatus.VALID);
    }

    @Test
    void cruiseVelocityStreamRejectsOnlyTheCrcValidPhantomAsImplausible() {
        JsonNode stream = stream(1);
        Decoder decoder = new Decoder();
        List<DecodeResult> results = decodeAll(decoder, stream);
        for (int i = 0; i < results.size(); i++) {
            JsonNode note = stream.get("messages").get(i).get(2);
            DecodeResult r = results.get(i);
            AirborneVelocity v = velocity(r);
            // annotations are pyModeS values: ground speed truncated to int, track rounded to 0.1
            assertThat(v.groundSpeedKt())
                    .as("gs #" + i)
                    .isCloseTo(note.get("groundspeed").asDouble(), within(1.0));
            assertThat(v.trackDeg())
                    .as("track #" + i)
                    .isCloseTo(note.get("track").asDouble(), within(0.051));
            assertThat(v.verticalRateFpm())
                    .as("vr #" + i)
                    .isEqualTo(note.get("vertical_rate").asInt());
            if (note.path("phantom").asBoolean(false)) {
                assertThat(r).as("phantom #" + i).isInstanceOf(DecodeResult.Rejected.class);
                assertThat(((DecodeResult.Rejected) r).reason()).isEqualTo(RejectReason.IMPLAUSIBLE_VELOCITY);
            } else {
                assertThat(r).as("real #" + i).isInstanceOf(DecodeResult.Accepted.class);
            }
        }
        assertThat(decoder.counters().rejected(RejectReason.IMPLAUSIBLE_VELOCITY))
                .isEqualTo(1);
    }

    private static AirborneVelocity velocity(DecodeResult r) {
        ModeSMessage m = switch (r) {
            case DecodeResult.Accepted a -> a.message();
            case DecodeResult.Rejected x -> x.message();
        };
        return (AirborneVelocity) ((ExtendedSquitter) m).adsb();
    }
}
