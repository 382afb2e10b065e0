package dev.contrail.adsb.source;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    private static List<SourceFrame> read(String text) throws IOException {
        CsvReader reader = new CsvReader(new ByteArrayInputStream(text.getBytes(UTF_8)));
        List<SourceFrame> frames = new ArrayList<>();
        for (SourceFrame f = reader.next(); f != null; f = reader.next()) {
            frames.add(f);
        }
        return frames;
    }

    @Test
    void plainSecondsAndHexGiveUnixMillis() throws IOException {
        SourceFrame f = read("1457996400.25,8D406B902015A678D4D220AA4BDA\n").getFirst();
        assertThat(f.timestamp()).isEqualTo(1_457_996_400_250L);
        assertThat(f.timestampKind()).isEqualTo(TimestampKind.UNIX_MILLIS);
        assertThat(HexFormat.of().withUpperCase().formatHex(f.bytes())).isEqualTo("8D406B902015A678D4D220AA4BDA");
    }

    @Test
    void pyModeSAdsbLayoutWithQuotedFieldsIsRead() throws IOException {
        SourceFrame f = read("1457996400,\"8D406B9058B975870B738754F480\",\"406B90\",11\r\n")
                .getFirst();
        assertThat(f.timestamp()).isEqualTo(1_457_996_400_000L);
        assertThat(f.bytes()).hasSize(14);
    }

    @Test
    void pyModeSCommBLayoutWithByteOrderMarkIsRead() throws IOException {
        List<SourceFrame> frames =
                read("\uFEFF1495353600,406674,A8000D9FA55A032DBFFC000D8123\n" + "1495353601,4D010D,20001718029FCD\n");
        assertThat(frames).hasSize(2);
        assertThat(frames.getFirst().bytes()[0]).isEqualTo((byte) 0xA8);
        assertThat(frames.get(1).bytes()).hasSize(7);
    }

    @Test
    void headerAndMalformedLinesAreSkipped() throws IOException {
        assertThat(read("ts,hex\nabc,8D406B902015A678D4D220AA4BDA\n1,8D406B90\n1,8D406B902015A678D4D220AA4BDA\n"))
                .hasSize(1);
    }
}
