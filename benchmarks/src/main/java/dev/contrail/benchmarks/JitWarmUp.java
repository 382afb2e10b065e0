package dev.contrail.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.function.Consumer;

/**
 * Warm-up until the JIT compiler is quiet. Two cores compile a JVM holding web stacks, a Kafka
 * broker and database drivers slowly: C2 can keep a core busy for minutes, and a fixed warm-up
 * measured the compiler, not the service. Windows of the traffic to be measured run, unrecorded,
 * until the compiler took less than {@link #QUIET} of a core in one (its accumulated compile time,
 * from the JVM's {@code CompilationMXBean}; at least two windows, at most thirty: on a slower
 * machine C2 was still busy after twelve).
 */
final class JitWarmUp {

    static final double QUIET = 0.15;
    private static final int MAX_WINDOWS = 30;

    interface Window {
        /** Runs one window of traffic; returns its figure, for the progress line. */
        String run() throws Exception;
    }

    private JitWarmUp() {}

    static void untilQuiet(String what, Window window, Consumer<String> progress) throws Exception {
        var compiler = ManagementFactory.getCompilationMXBean();
        for (int i = 1; i <= MAX_WINDOWS; i++) {
            long compilingBefore = compiler.getTotalCompilationTime();
            long start = System.nanoTime();
            String figure = window.run();
            double compiling =
                    (compiler.getTotalCompilationTime() - compilingBefore) / ((System.nanoTime() - start) / 1e6);
            progress.accept(String.format(
                    "%s warm-up window %d: %s, JIT compiling %.2f of a core", what, i, figure, compiling));
            if (i >= 2 && compiling < QUIET) {
                return;
            }
        }
    }
}
