package dev.contrail.adsb.source;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class AvrReaderTest {

    private static List<SourceFrame> read(String text) throws IOException {
        AvrReader reader = new AvrReader(new ByteArrayInputStream(text.getBytes(US_ASCII)));
        List<SourceFrame> frames = new ArrayList<>();
        for (SourceFrame f = reader.next(); f != null; f = reader.next()) {
            frames.add(f);
        }
        return frames;
    }

    @Test
    void plainFramesHaveNoTimestampOrSignal() throws IOException {
        List<SourceFrame> frames = read("*8D4840D6202CC371C32CE0576098;\n*5d4d20237a55a6;\n");
        assertThat(frames).hasSize(2);
        assertThat(HexFormat.of().formatHex(frames.get(1).bytes())).isEqualTo("5d4d20237a55a6");
        assertThat(frames.getFirst().hasTimestamp()).isFalse();
        assertThat(frames.getFirst().hasSignal()).isFalse();
    }

    @Test
    void timestampedFramesCarryThe12MhzCounter() throws IOException {
        List<SourceFrame> frames =
                read("@0000001A2B3C8D4840D6202CC371C32CE0576098;\r\n%00000000000A5d4d20237a55a6;\r\n");
        assertThat(frames).hasSize(2);
        assertThat(frames.get(0).timestamp()).isEqualTo(0x1A2B3CL);
        assertThat(frames.get(0).timestampKind()).isEqualTo(TimestampKind.TICKS_12MHZ);
        assertThat(frames.get(0).bytes()).hasSize(14);
        assertThat(frames.get(1).timestamp()).isEqualTo(10L);
    }

    @Test
    void angleBracketFramesCarryTimestampAndSignal() throws IOException {
        SourceFrame f = read("<0000001A2B3CFF8D4840D6202CC371C32CE0576098;").getFirst();
        assertThat(f.timestamp()).isEqualTo(0x1A2B3CL);
        assertThat(f.signal()).isEqualTo(255);
        assertThat(f.signalPower()).isEqualTo(1.0);
    }

    @Test
    void colonVariantMissingSemicolonAndSpacesAreTolerated() throws IOException {
        assertThat(read(":8D4840D6202CC371C32CE0576098\n  *5d4d20237a55a6 ; \n"))
                .hasSize(2);
    }

    @Test
    void malformedLinesAreSkipped() throws IOException {
        String text = "garbage\n*8D4840D6202CC371C32CE05760;\n*XYZ4840D6202CC371C32CE0576098;\n\n@123;\n"
                + "*8D4840D6202CC371C32CE0576098;\n";
        assertThat(read(text)).hasSize(1);
    }
}
