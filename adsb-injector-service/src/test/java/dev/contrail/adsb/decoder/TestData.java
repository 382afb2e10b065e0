package dev.contrail.adsb.decoder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Test resources under {@code /adsb}. */
final class TestData {

    private static JsonNode vectors;
    private static JsonNode overrides;

    private TestData() {}

    static synchronized JsonNode vectors() {
        if (vectors == null) {
            vectors = json("/adsb/adsb_vectors.json");
        }
        return vectors;
    }

    static synchronized JsonNode overrides() {
        if (overrides == null) {
            overrides = json("/adsb/vector_overrides.json");
        }
        return overrides;
    }

    static JsonNode json(String resource) {
        try (InputStream in = stream(resource)) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream stream(String resource) {
        InputStream in = TestData.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + resource);
        }
        return in;
    }

    static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }
}
