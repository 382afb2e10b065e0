package dev.contrail.adsb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contrail.core.event.EventTypeRegistry;
import dev.contrail.flights.FlightsEvents;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DecodeCommandTest {

    private static final EventTypeRegistry REGISTRY = new EventTypeRegistry(FlightsEvents.TYPES);

    @TempDir
    Path dir;

    private Path avrSample() throws Exception {
        Path file = dir.resolve("modes1.avr");
        try (InputStream in = getClass().getResourceAsStream("/adsb/antirez-dump1090/modes1_decoded_avr.txt")) {
            Files.copy(in, file);
        }
        return file;
    }

    private record Run(int exit, String out, String err) {}

    private static Run decode(String... args) {
        var out = new StringWriter();
        var err = new ByteArrayOutputStream();
        int exit = DecodeCommand.run(args, out, new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theDump1090AvrSamplePrintsOnlyNdjsonCloudEventsIncludingAmc421AndPositions() throws Exception {
        Run run = decode(
                "decode", "--input", avrSample().toString(), "--format", "avr", "--start-time", "2026-01-01T00:00:00Z");
        assertThat(run.exit()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).isNotEmpty();
        List<JsonNode> events =
                lines.stream().map(l -> JsonMapper.shared().readTree(l)).toList();
        for (JsonNode e : events) {
            assertThat(e.isObject()).isTrue();
            assertThat(e.get("specversion").asString()).isEqualTo("1.0");
            assertThat(e.get("source").asString()).isEqualTo("/contrail/adsb-injector/local");
            assertThat(e.get("subject").asString()).matches("[0-9A-F]{6}");
            assertThat(e.get("time").asString()).startsWith("2026-01-01T00:");
            assertThat(REGISTRY.validate(e.get("type").asString(), e.get("data")))
                    .isEmpty();
        }
        assertThat(events)
                .filteredOn(e -> e.get("type").asString().equals(FlightsEvents.AIRCRAFT_IDENTIFIED))
                .extracting(e -> e.get("data").get("callsign").asString())
                .contains("AMC421");
        List<JsonNode> positions = events.stream()
                .filter(e -> e.get("type").asString().equals(FlightsEvents.POSITION_REPORTED))
                .toList();
        assertThat(positions).hasSizeGreaterThan(20).allSatisfy(p -> {
            assertThat(p.get("data").get("latitude").asDouble()).isBetween(36.99, 37.11);
            assertThat(p.get("data").get("longitude").asDouble()).isBetween(13.78, 13.84);
        });
        assertThat(run.err()).contains("frames");
        System.err.println(run.err());
    }

    @Test
    void decodingTheSameFileTwiceGivesTheSameEventsAndIds() throws Exception {
        Path file = avrSample();
        Run first = decode("decode", "--input", file.toString(), "--format", "avr");
        Run second = decode("decode", "--input", file.toString(), "--format", "avr");
        assertThat(first.out()).isNotEmpty().isEqualTo(second.out());
    }

    @Test
    void theCsvSampleUsesItsUnixTimestamps() throws Exception {
        Path file = dir.resolve("adsb.csv");
        try (InputStream in = getClass().getResourceAsStream("/adsb/pyModeS/sample_data_adsb.csv")) {
            Files.copy(in, file);
        }
        Run run = decode("decode", "--input", file.toString(), "--format", "csv");
        assertThat(run.exit()).isZero();
        JsonNode firstEvent =
                JsonMapper.shared().readTree(run.out().lines().findFirst().orElseThrow());
        assertThat(firstEvent.get("time").asString()).startsWith("2016-03-14T23:00");
        assertThat(run.out()).contains("\"callsign\":\"EZY85MH\"");
    }

    @Test
    void badArgumentsExplainUsageOnStderrAndPrintNothing() {
        Run run = decode("decode", "--format", "avr");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("usage: decode");
    }
}
