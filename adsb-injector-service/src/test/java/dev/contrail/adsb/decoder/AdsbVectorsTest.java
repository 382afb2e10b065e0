package dev.contrail.adsb.decoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/** Every curated vector and every raw CPR vector of shared/adsb/adsb_vectors.json. */
class AdsbVectorsTest {

    @Test
    void theVectorFileHasTheDocumentedNumberOfVectors() {
        assertThat(TestData.vectors().get("vectors").size()).isEqualTo(226);
        assertThat(TestData.vectors().get("cpr_raw_vectors").size()).isEqualTo(80);
    }

    @TestFactory
    List<DynamicTest> decoderAgreesWithEveryCuratedVectorWithinItsTolerance() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode v : TestData.vectors().get("vectors")) {
            String id = v.get("id").asString();
            String field = v.get("field").asString();
            tests.add(DynamicTest.dynamicTest(id + " " + field, () -> check(v)));
        }
        return tests;
    }

    private static void check(JsonNode v) {
        String id = v.get("id").asString();
        String field = v.get("field").asString();
        JsonNode context = v.path("context");
        Object actual;
        if (v.get("kind").asString().equals("pair")) {
            int newer = context.get("newer_index").asInt();
            JsonNode msgs = v.get("msgs");
            actual = VectorFields.pair(
                    field, msgs.get(1 - newer).asString(), msgs.get(newer).asString(), context);
        } else {
            actual = VectorFields.single(field, v.get("msg").asString(), context);
        }
        JsonNode override = TestData.overrides().get("vectors").get(id);
        JsonNode expected = override != null ? override.get("correct") : v.get("expected");
        JsonNode tolerance = override != null ? override.get("tolerance") : v.get("tolerance");
        assertAgrees(id + " " + field, actual, expected, tolerance);
    }

    static void assertAgrees(String what, Object actual, JsonNode expected, JsonNode tolerance) {
        if (expected == null || expected.isNull()) {
            assertThat(actual).as(what).isNull();
        } else if (expected.isNumber()) {
            assertThat(actual).as(what).isInstanceOf(Number.class);
            double a = ((Number) actual).doubleValue();
            double e = expected.asDouble();
            assertThat(a).as(what).isCloseTo(e, within(allowed(e, tolerance)));
        } else if (expected.isBoolean()) {
            assertThat(actual).as(what).isEqualTo(expected.asBoolean());
        } else {
            assertThat(actual).as(what).isEqualTo(expected.asString());
        }
    }

    /** Tolerance is absolute, or {@code "rel X"}; null means exact. */
    private static double allowed(double expected, JsonNode tolerance) {
        if (tolerance == null || tolerance.isNull()) {
            return 0.0;
        }
        if (tolerance.isNumber()) {
            return tolerance.asDouble();
        }
        String t = tolerance.asString().trim();
        if (t.startsWith("rel ")) {
            return Math.abs(expected) * Double.parseDouble(t.substring(4));
        }
        return Double.parseDouble(t);
    }

    @TestFactory
    List<DynamicTest> cprDecodingAgreesWithEveryRawCprVector() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode v : TestData.vectors().get("cpr_raw_vectors")) {
            tests.add(DynamicTest.dynamicTest(
                    v.get("id").asString() + " " + v.get("kind").asString(), () -> checkCpr(v)));
        }
        return tests;
    }

    private static void checkCpr(JsonNode v) {
        String kind = v.get("kind").asString();
        Position at;
        if (kind.startsWith("cpr_raw_global")) {
            JsonNode even = v.get("even_cpr");
            JsonNode odd = v.get("odd_cpr");
            boolean oddNewer = v.get("newer").asString().equals("odd");
            if (kind.endsWith("airborne")) {
                at = Cpr.globalAirborne(
                        even.get(0).asInt(),
                        even.get(1).asInt(),
                        odd.get(0).asInt(),
                        odd.get(1).asInt(),
                        oddNewer);
            } else {
                at = Cpr.globalSurface(
                        even.get(0).asInt(),
                        even.get(1).asInt(),
                        odd.get(0).asInt(),
                        odd.get(1).asInt(),
                        oddNewer,
                        reference(v));
            }
        } else {
            JsonNode cpr = v.get("cpr");
            at = Cpr.local(
                    kind.endsWith("surface"),
                    v.get("cpr_format").asInt() == 1,
                    cpr.get(0).asInt(),
                    cpr.get(1).asInt(),
                    reference(v));
        }
        double tolerance = v.get("tolerance").asDouble();
        assertThat(at).as(v.get("id").asString()).isNotNull();
        assertThat(at.lat())
                .as(v.get("id") + " lat")
                .isCloseTo(v.get("expected_lat").asDouble(), within(tolerance));
        assertThat(at.lon())
                .as(v.get("id") + " lon")
                .isCloseTo(v.get("expected_lon").asDouble(), within(tolerance));
    }

    private static Position reference(JsonNode v) {
        JsonNode r = v.get("reference");
        return new Position(r.get(0).asDouble(), r.get(1).asDouble());
    }
}
