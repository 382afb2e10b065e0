package dev.contrail.adsb.decoder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.contrail.adsb.source.AvrReader;
import dev.contrail.adsb.source.BeastEncoder;
import dev.contrail.adsb.source.BeastReader;
import dev.contrail.adsb.source.CsvReader;
import dev.contrail.adsb.source.FrameReader;
import dev.contrail.adsb.source.SourceFrame;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The sample captures of shared/adsb (dump1090 AVR, pyModeS CSV) end to end. */
class SampleCapturesTest {

    private static final String AVR = "/adsb/antirez-dump1090/modes1_decoded_avr.txt";
    private static final String CSV = "/adsb/pyModeS/sample_data_adsb.csv";

    static List<SourceFrame> readAll(FrameReader reader) throws IOException {
        List<SourceFrame> frames = new ArrayList<>();
        for (SourceFrame f = reader.next(); f != null; f = reader.next()) {
            frames.add(f);
        }
        return frames;
    }

    private static List<SourceFrame> avrFrames() throws IOException {
        try (InputStream in = TestData.stream(AVR)) {
            return readAll(new AvrReader(in));
        }
    }

    /**
     * The capture has no timestamps and is not continuous: its altitudes fall from 24,275 to 20,750 ft
     * with jumps (e.g. 1,225 ft between the first two position frames), so it spans minutes of flight
     * with gaps. Frames are fed 400 ms apart; the gaps then look implausible and some frames are
     * rejected, but no wrong position (e.g. one from pairing frames that were really far apart in
     * time, which lands a whole latitude zone off at 31.1 N) is ever published.
     */
    @Test
    void dump1090AvrSampleDecodesCallsignAmc421WithConfirmedPositionsAndNoWrongOnes() throws IOException {
        List<SourceFrame> frames = avrFrames();
        assertThat(frames).hasSize(217);
        Decoder decoder = new Decoder();
        List<String> callsigns = new ArrayList<>();
        List<Position> positions = new ArrayList<>();
        int amc421 = -1;
        long t = 1_000_000;
        int df17Rejected = 0;
        for (SourceFrame f : frames) {
            t += 400;
            DecodeResult result = decoder.decode(f.bytes(), t);
            if (result instanceof DecodeResult.Rejected r && r.message() instanceof ExtendedSquitter) {
                df17Rejected++;
            }
            if (result instanceof DecodeResult.Accepted a && a.message() instanceof ExtendedSquitter es) {
                if (es.adsb() instanceof Identification id) {
                    callsigns.add(id.callsign());
                    amc421 = es.address();
                }
                if (a.validPosition() != null) {
                    positions.add(a.validPosition());
                }
            }
        }
        assertThat(callsigns).containsOnly("AMC421");
        assertThat(positions).hasSizeGreaterThan(30).allSatisfy(p -> {
            assertThat(p.lat()).isBetween(36.99, 37.11);
            assertThat(p.lon()).isBetween(13.78, 13.84);
        });
        DecoderCounters c = decoder.counters();
        assertThat(c.accepted(17) + df17Rejected).isEqualTo(120);
        assertThat(df17Rejected).isLessThanOrEqualTo(5);
        assertThat(c.rejected(RejectReason.CRC_MISMATCH)).isZero();
        assertThat(c.accepted(11)).isEqualTo(63);
        assertThat(c.accepted(0) + c.accepted(4) + c.accepted(5) + c.accepted(20) + c.accepted(21))
                .isPositive();
        System.out.printf(
                "AVR sample: AMC421=%06X positions=%d first=%s counters=%s%n",
                amc421,
                positions.size(),
                positions.getFirst(),
                decoder.counters().snapshot());
    }

    @Test
    void pyModeSCsvSampleGivesTheEzy85mhTrackInsideItsKnownArea() throws IOException {
        Decoder decoder = new Decoder();
        List<Position> track = new ArrayList<>();
        List<String> callsigns = new ArrayList<>();
        int frames = 0;
        try (InputStream in = TestData.stream(CSV)) {
            FrameReader reader = new CsvReader(in);
            for (SourceFrame f = reader.next(); f != null; f = reader.next()) {
                frames++;
                if (decoder.decode(f.bytes(), f.timestamp()) instanceof DecodeResult.Accepted a) {
                    if (a.validPosition() != null) {
                        track.add(a.validPosition());
                    }
                    if (a.message() instanceof ExtendedSquitter es && es.adsb() instanceof Identification id) {
                        callsigns.add(id.callsign());
                    }
                }
            }
        }
        assertThat(frames).isEqualTo(2000);
        assertThat(callsigns).hasSize(98).containsOnly("EZY85MH");
        assertThat(track).hasSizeGreaterThan(900);
        // README: "about 51.15-51.70 N, 4.78-7.24 E"; an independent recomputation of every global
        // pair gives 51.1453-51.7000 N, 4.7734-7.2466 E, so the box is checked with 0.01 deg margin
        assertThat(track).allSatisfy(p -> {
            assertThat(p.lat()).isBetween(51.15 - 0.01, 51.70 + 0.01);
            assertThat(p.lon()).isBetween(4.78 - 0.01, 7.24 + 0.01);
        });
        assertThat(decoder.counters().rejected()).isZero();
        System.out.printf(
                "CSV sample: %d positions, first %s last %s%n", track.size(), track.getFirst(), track.getLast());
    }

    @Test
    void beastStreamWithEscapesAndGarbageParsesToTheSameFramesAsTheAvrInput() throws IOException {
        List<SourceFrame> avr = avrFrames();
        Random random = new Random(1090);
        BeastEncoder beast = new BeastEncoder();
        beast.raw(0x00, 0x1A, 0x1A, 0x42); // garbage before the first message, with an escaped 0x1A
        long ticks = 0x1A1A_0000_001AL;
        for (int i = 0; i < avr.size(); i++) {
            byte[] frame = avr.get(i).bytes();
            ticks += 0x1A + random.nextInt(100_000);
            beast.frame(frame, ticks, i % 7 == 0 ? 0x1A : random.nextInt(256));
            switch (i % 5) {
                case 0 -> beast.raw(0x1A, 0xE3, 1, 2, 0x1A, 0x1A, 3, 4, 5, 6, 7); // readsb extra type
                case 1 -> beast.raw(randomGarbage(random));
                case 2 -> beast.raw(0x1A, 0xE4, 0x10, 0x20, 0x30);
                case 3 -> beast.raw(0x1A, '3', 0, 0, 0, 1, 2); // truncated message, broken by the next 0x1A
                default -> {}
            }
        }
        List<SourceFrame> parsed = readAll(new BeastReader(new ByteArrayInputStream(beast.bytes())));
        assertThat(parsed).hasSameSizeAs(avr);
        for (int i = 0; i < avr.size(); i++) {
            assertThat(parsed.get(i).bytes())
                    .as("frame %d", i)
                    .isEqualTo(avr.get(i).bytes());
        }
        assertThat(parsed).extracting(SourceFrame::hasTimestamp).containsOnly(true);
        assertThat(parsed.getFirst().signal()).isEqualTo(0x1A);
    }

    /** Random bytes that never contain 0x1A, so they cannot start a message. */
    private static int[] randomGarbage(Random random) {
        int[] g = new int[1 + random.nextInt(20)];
        for (int i = 0; i < g.length; i++) {
            int b = random.nextInt(255);
            g[i] = b >= 0x1A ? b + 1 : b;
        }
        return g;
    }
}
