package dev.contrail.adsb.decoder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random frames of valid lengths: nothing escapes, and almost nothing is accepted. */
class FuzzTest {

    private static final int FRAMES = 1_000_000;

    @Test
    void oneMillionRandomFramesNeverThrowAndAreAlmostNeverAccepted() {
        Random random = new Random(0xADB5L);
        Decoder decoder = new Decoder();
        long falseAccepts = 0;
        long time = 1_700_000_000_000L;
        byte[] shortFrame = new byte[7];
        byte[] longFrame = new byte[14];
        for (int i = 0; i < FRAMES; i++) {
            byte[] frame = random.nextBoolean() ? shortFrame : longFrame;
            random.nextBytes(frame);
            time += random.nextInt(5);
            if (decoder.decode(frame, time) instanceof DecodeResult.Accepted) {
                falseAccepts++;
            }
        }
        System.out.printf(
                "fuzz: %d random frames, %d false accepts, counters %s%n",
                FRAMES, falseAccepts, decoder.counters().snapshot());
        assertThat(decoder.counters().accepted() + decoder.counters().rejected())
                .isEqualTo(FRAMES);
        // expected about 0.3: P(DF17/18 syndrome 0 or 1-bit repairable) ~ 108/2^24, P(DF11 code < 80) ~ 80/2^24
        assertThat(falseAccepts).isLessThanOrEqualTo(5);
    }

    @Test
    void twoBitRepairAcceptsMoreRandomFramesButStaysRare() {
        Random random = new Random(42);
        Decoder decoder = new Decoder(DecoderConfig.defaults().withTwoBitRepair(true));
        long accepted = 0;
        byte[] frame = new byte[14];
        for (int i = 0; i < 200_000; i++) {
            random.nextBytes(frame);
            frame[0] = (byte) (17 << 3 | (frame[0] & 7));
            if (decoder.decode(frame, i) instanceof DecodeResult.Accepted) {
                accepted++;
            }
        }
        System.out.printf("fuzz (DF17 only, 2-bit repair): 200000 frames, %d accepted%n", accepted);
        // ~5,800 correctable syndromes / 2^24 * 200,000 = ~70
        assertThat(accepted).isBetween(20L, 200L);
    }
}
