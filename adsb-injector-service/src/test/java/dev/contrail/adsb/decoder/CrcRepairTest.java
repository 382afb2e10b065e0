package dev.contrail.adsb.decoder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CrcRepairTest {

    private static final String CLEAN = "8D406B902015A678D4D220AA4BDA";

    private static byte[] flipped(String hex, int... bits1Based) {
        byte[] f = TestData.hex(hex);
        for (int b : bits1Based) {
            f[(b - 1) >>> 3] ^= (byte) (0x80 >>> ((b - 1) & 7));
        }
        return f;
    }

    @Test
    void crcOfTheDataPartEqualsTheParityFieldOfAValidFrame() {
        byte[] f = TestData.hex(CLEAN);
        assertThat(Crc24.checksum(f, 11)).isEqualTo(0xAA4BDA);
        assertThat(Crc24.syndrome(f)).isZero();
    }

    @Test
    void aSingleFlippedBitInADf17IsRepairedToTheOriginalMessage() {
        Decoder decoder = new Decoder();
        ModeSMessage clean = MessageDecoder.decode(TestData.hex(CLEAN));
        for (int bit = 6; bit <= 112; bit++) {
            DecodeResult r = decoder.decode(flipped(CLEAN, bit), 1000);
            assertThat(r).as("bit %d", bit).isInstanceOf(DecodeResult.Accepted.class);
            assertThat(((DecodeResult.Accepted) r).correctedBits()).isEqualTo(1);
            assertThat(((DecodeResult.Accepted) r).message()).isEqualTo(clean);
        }
        assertThat(decoder.counters().corrected(1)).isEqualTo(107);
    }

    @Test
    void repairDoesNotModifyTheCallersArray() {
        byte[] damaged = flipped(CLEAN, 60);
        byte[] copy = damaged.clone();
        new Decoder().decode(damaged, 0);
        assertThat(damaged).isEqualTo(copy);
    }

    @Test
    void twoFlippedBitsAreRejectedUnlessTwoBitRepairIsOn() {
        byte[] damaged = flipped(CLEAN, 30, 77);
        DecodeResult off = new Decoder().decode(damaged, 0);
        assertThat(off).isEqualTo(DecodeResult.Rejected.of(RejectReason.CRC_MISMATCH));

        DecodeResult on = new Decoder(DecoderConfig.defaults().withTwoBitRepair(true)).decode(damaged, 0);
        assertThat(on).isInstanceOf(DecodeResult.Accepted.class);
        assertThat(((DecodeResult.Accepted) on).correctedBits()).isEqualTo(2);
        assertThat(((DecodeResult.Accepted) on).message()).isEqualTo(MessageDecoder.decode(TestData.hex(CLEAN)));
    }

    @Test
    void withRepairDisabledEvenOneBitErrorsAreRejected() {
        DecodeResult r = new Decoder(DecoderConfig.defaults().withOneBitRepair(false)).decode(flipped(CLEAN, 40), 0);
        assertThat(r).isEqualTo(DecodeResult.Rejected.of(RejectReason.CRC_MISMATCH));
    }

    @Test
    void aRealOneBitErrorFromTheVectorsIsRepaired() {
        // V191: syndrome 16 is the signature of a single flipped parity bit
        DecodeResult r = new Decoder().decode(TestData.hex("8d4ca251204994b1c36e60a5343d"), 0);
        assertThat(r).isInstanceOf(DecodeResult.Accepted.class);
        assertThat(((DecodeResult.Accepted) r).correctedBits()).isEqualTo(1);
    }

    @Test
    void aDf11AcquisitionSquitterWithOneFlippedBitIsRepaired() {
        byte[] f = Frames.allCall(0x484FDE);
        f[2] ^= 0x10;
        DecodeResult r = new Decoder().decode(f, 0);
        assertThat(r).isInstanceOf(DecodeResult.Accepted.class);
        assertThat(((DecodeResult.Accepted) r).message().address()).isEqualTo(0x484FDE);
    }

    @Test
    void aDf11ReplyToAnInterrogatorIsCleanAndReportsItsCode() {
        DecodeResult r = new Decoder().decode(TestData.hex("5D484FDEA248F5"), 0);
        AllCallReply reply = (AllCallReply) ((DecodeResult.Accepted) r).message();
        assertThat(reply.interrogator()).isEqualTo("SI6");
        assertThat(((DecodeResult.Accepted) r).correctedBits()).isZero();
    }

    @Test
    void allZeroAndWrongLengthFramesAreRejected() {
        Decoder decoder = new Decoder();
        assertThat(decoder.decode(new byte[7], 0)).isEqualTo(DecodeResult.Rejected.of(RejectReason.ALL_ZERO));
        assertThat(decoder.decode(new byte[14], 0)).isEqualTo(DecodeResult.Rejected.of(RejectReason.ALL_ZERO));
        assertThat(decoder.decode(new byte[10], 0)).isEqualTo(DecodeResult.Rejected.of(RejectReason.BAD_LENGTH));
        byte[] df17Short = TestData.hex("8D406B902015A6");
        assertThat(decoder.decode(df17Short, 0)).isEqualTo(DecodeResult.Rejected.of(RejectReason.BAD_LENGTH));
        assertThat(decoder.decode(TestData.hex("c80b2dca34aa21dd821a04cb64d4"), 0))
                .isEqualTo(DecodeResult.Rejected.of(RejectReason.UNSUPPORTED_FORMAT));
        assertThat(decoder.counters().rejected(RejectReason.ALL_ZERO)).isEqualTo(2);
    }

    @Test
    void aRepairedFrameDoesNotMakeItsAddressTrustedForAddressParityReplies() {
        Decoder decoder = new Decoder();
        byte[] repaired = Frames.velocity(0x400940, 100, 100, 0);
        repaired[6] ^= 0x01;
        assertThat(decoder.decode(repaired, 0)).isInstanceOf(DecodeResult.Accepted.class);
        assertThat(decoder.decode(Frames.shortReply(4, 0x400940, 0x1030 & 0x1FFF), 1000))
                .isEqualTo(DecodeResult.Rejected.of(RejectReason.UNKNOWN_ADDRESS));
    }
}
