package dev.contrail.adsb.inject;

/** Sends one batch body (a JSON array of structured CloudEvents) to the injection endpoint. */
@FunctionalInterface
interface BatchPoster {

    PostOutcome post(String body) throws InterruptedException;
}
