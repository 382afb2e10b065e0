package dev.contrail.adsb.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BeastReaderTest {

    private static final byte[] LONG = HexFormat.of().parseHex("8d1a1a1a202cc371c32ce0576098");
    private static final byte[] SHORT = HexFormat.of().parseHex("5d4d20237a55a6");

    private static List<SourceFrame> read(byte[] bytes, boolean modeAc) throws IOException {
        BeastReader reader = new BeastReader(new ByteArrayInputStream(bytes), modeAc);
        List<SourceFrame> frames = new ArrayList<>();
        for (SourceFrame f = reader.next(); f != null; f = reader.next()) {
            frames.add(f);
        }
        return frames;
    }

    @Test
    void escapedBytesInTimestampSignalAndFrameAreUnescaped() throws IOException {
        byte[] stream = new BeastEncoder().frame(LONG, 0x1A00_0000_1A1AL, 0x1A).bytes();
        SourceFrame f = read(stream, false).getFirst();
        assertThat(f.bytes()).isEqualTo(LONG);
        assertThat(f.timestamp()).isEqualTo(0x1A00_0000_1A1AL);
        assertThat(f.signal()).isEqualTo(0x1A);
    }

    @Test
    void modeAcFramesAreSkippedUnlessRequested() throws IOException {
        byte[] stream = new BeastEncoder()
                .frame(new byte[] {0x12, 0x34}, 1, 10)
                .frame(SHORT, 2, 10)
                .bytes();
        assertThat(read(stream, false)).extracting(SourceFrame::bytes).containsExactly(SHORT);
        assertThat(read(stream, true)).hasSize(2);
    }

    @Test
    void readsbExtraTypesAndGarbageAreSkipped() throws IOException {
        byte[] stream = new BeastEncoder()
                .raw(0xFF, 0x00, 0x1A, 0x1A, 0x33)
                .frame(SHORT, 1, 1)
                .raw(0x1A, 0xE3, 0x01, 0x1A, 0x1A, 0x02)
                .raw(0x1A, 0xE4, 0x1A, 0x1A)
                .frame(LONG, 2, 2)
                .bytes();
        assertThat(read(stream, false)).extracting(SourceFrame::bytes).containsExactly(SHORT, LONG);
    }

    @Test
    void aMessageCutShortByANewOneIsDroppedAndTheNewOneIsRead() throws IOException {
        byte[] stream = new BeastEncoder()
                .raw(0x1A, '3', 0, 0, 0, 0, 0, 1, 50, 0x8D, 0x40)
                .frame(SHORT, 3, 3)
                .bytes();
        assertThat(read(stream, false)).extracting(SourceFrame::bytes).containsExactly(SHORT);
    }

    @Test
    void aTruncatedLastMessageEndsTheStreamQuietly() throws IOException {
        byte[] stream =
                new BeastEncoder().frame(SHORT, 1, 1).raw(0x1A, '2', 0, 0).bytes();
        assertThat(read(stream, false)).hasSize(1);
    }

    @Test
    void randomBytesNeverThrow() throws IOException {
        byte[] noise = new byte[1 << 20];
        new Random(7).nextBytes(noise);
        List<SourceFrame> frames = read(noise, true);
        assertThat(frames).allSatisfy(f -> assertThat(f.bytes().length).isIn(2, 7, 14));
    }
}
