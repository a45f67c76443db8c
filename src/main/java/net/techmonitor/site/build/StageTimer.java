package net.techmonitor.site.build;

import java.util.Locale;

/**
 * With {@code TECHMONITOR_TIMINGS=1} in the environment, prints how long each stage of a build took to standard
 * error: where the time goes is what a maintainer needs before making anything faster. Silent otherwise.
 */
public final class StageTimer {
    private static final boolean ENABLED = System.getenv("TECHMONITOR_TIMINGS") != null;
    private static final long STARTED = System.nanoTime();
    private static long last = STARTED;

    private StageTimer() {
    }

    public static synchronized void mark(String stage) {
        if (!ENABLED) {
            return;
        }
        long now = System.nanoTime();
        System.err.printf(Locale.ROOT, "timing: %-28s %6d ms (at %6d ms)%n", stage, (now - last) / 1_000_000, (now - STARTED) / 1_000_000);
        last = now;
    }
}
