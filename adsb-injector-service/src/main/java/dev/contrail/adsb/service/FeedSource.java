package dev.contrail.adsb.service;

import dev.contrail.adsb.events.ObservationPipeline;

/** A source of frames, run on its own thread until it ends or the thread is interrupted. */
interface FeedSource {

    String name();

    ObservationPipeline pipeline();

    void run() throws Exception;
}
