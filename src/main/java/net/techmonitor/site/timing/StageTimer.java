package net.techmonitor.site.timing;

import java.util.Locale;

/**
 * With {@code TECHMONITOR_TIMINGS=1} in the environment, prints how long each stage of a build took to standard
 * error: where the time goes is what a maintainer needs before making anything faster. Silent otherwise.
 */
public final class StageTimer {
    private static final boolean ENABLED = System.getenv("TECHMONITOR_TIMINGS") != null;
    private static final long STARTED = System.nanoTime();
    /**
     * How long the JVM ran before this class was loaded: what happens before a build's first stage (the launching
     * JVM, the JVM's own start, reading the settings) is part of what an editor waits for.
     */
    private static final long JVM_MILLIS_BEFORE = ENABLED ? millisSinceJvmStart() : 0;
    private static long last = STARTED;

    private StageTimer() {
    }

    public static synchronized void mark(String stage) {
        if (!ENABLED) {
            return;
        }
        long now = System.nanoTime();
        System.err.printf(Locale.ROOT, "timing: %-28s %6d ms (at %6d ms)%n", stage, (now - last) / 1_000_000, at(now));
        last = now;
    }

    /** Prints when something happened on another thread, without ending the current stage. */
    public static synchronized void event(String what) {
        if (ENABLED) {
            System.err.printf(Locale.ROOT, "timing: %-28s           (at %6d ms)%n", what, at(System.nanoTime()));
        }
    }

    /** Milliseconds since this JVM started. */
    private static long at(long nanoTime) {
        return JVM_MILLIS_BEFORE + (nanoTime - STARTED) / 1_000_000;
    }

    private static long millisSinceJvmStart() {
        return System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
