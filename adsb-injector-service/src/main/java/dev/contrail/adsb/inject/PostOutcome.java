package dev.contrail.adsb.inject;

/** What became of one POST of a batch. */
enum PostOutcome {
    /** 2xx: stored (new events and recognised duplicates alike). */
    ACCEPTED,
    /** Timeout, connection failure, 408, 429, 5xx, or a token problem: send the same batch again. */
    RETRY,
    /** 400/422 and other 4xx: the batch holds invalid events; sending it again cannot help. */
    REFUSED
}
