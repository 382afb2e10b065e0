package dev.contrail.flights.track;

/**
 * A cleanup tick: event time moved on by {@code intervalS} seconds at the injector. It says only
 * that time passed; each flight track decides whether its flight went silent.
 */
public record CleanupIntervalElapsed(int intervalS) {}
