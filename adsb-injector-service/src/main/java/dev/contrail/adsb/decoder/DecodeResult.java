package dev.contrail.adsb.decoder;

/** Outcome of {@link Decoder#decode(byte[], long)}. */
public sealed interface DecodeResult {

    /**
     * A message that passed the checks.
     *
     * @param correctedBits 0, or the number of bit errors repaired (1 or 2)
     * @param position for {@link PositionStatus#VALID} the frame's position, for {@link
     *     PositionStatus#HELD} the unconfirmed candidate, otherwise {@code null}
     */
    record Accepted(
            ModeSMessage message,
            long receivedAtMillis,
            int correctedBits,
            PositionStatus positionStatus,
            Position position)
            implements DecodeResult {

        /** The position to publish, or {@code null} unless it is confirmed. */
        public Position validPosition() {
            return positionStatus == PositionStatus.VALID ? position : null;
        }
    }

    /**
     * A frame that produced no usable message.
     *
     * @param message the decoded message when it was dropped by a plausibility check, else {@code null}
     */
    record Rejected(RejectReason reason, ModeSMessage message) implements DecodeResult {

        private static final Rejected[] BARE = bare();

        private static Rejected[] bare() {
            RejectReason[] reasons = RejectReason.values();
            Rejected[] r = new Rejected[reasons.length];
            for (RejectReason reason : reasons) {
                r[reason.ordinal()] = new Rejected(reason, null);
            }
            return r;
        }

        /** Shared instance without a message (no allocation on the reject path). */
        static Rejected of(RejectReason reason) {
            return BARE[reason.ordinal()];
        }
    }
}
