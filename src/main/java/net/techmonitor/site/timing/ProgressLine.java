package net.techmonitor.site.timing;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * "count of total" for one long piece of work ({@code convert: 412 of 1000 documents}), as its
 * {@link ProgressDisplay} shows it: on a terminal one line redrawn in place and, once done, left as its final count;
 * elsewhere (CI logs, pipes) a plain line every few seconds and the final count. Work that ends within a second, or
 * has fewer items than its minimum, prints nothing at all, so small builds and a preview's saves stay quiet.
 *
 * <p>Steps come from several converting threads at once: every method holds this line's lock, which also keeps
 * one drawing from interleaving with another.</p>
 */
public final class ProgressLine implements AutoCloseable {
    /** Nothing is shown of work done within this time: it was not worth a line. */
    static final long SHOW_AFTER_NANOS = 1_000_000_000L;
    /** A terminal line is redrawn at most this often: a thousand documents need not be a thousand writes. */
    static final long REDRAW_NANOS = 100_000_000L;
    /** A plain line is printed at most this often: a CI log gets a line every few seconds, not one per document. */
    static final long PLAIN_NANOS = 5_000_000_000L;

    private final PrintStream out;
    private final ProgressDisplay.Mode mode;
    private final String prefix;
    private final String unit;
    private final int total;
    private final boolean worthShowing;
    private final LongSupplier nanos;
    private final long started;
    private int done;
    /** When the line was last drawn or printed, if {@code shown}. */
    private long lastShown;
    private boolean shown;
    /** The count last shown: a plain final line that would only repeat it is left out. */
    private int shownDone = -1;
    /** Characters of the line on the terminal now, to be overwritten. */
    private int drawnLength;
    private boolean ended;

    /**
     * @param prefix  what comes before the count: the indent and the stage ({@code "  convert: "})
     * @param minimum fewer items than this show nothing, however long they take
     */
    ProgressLine(PrintStream out, ProgressDisplay.Mode mode, String prefix, int total, String unit, int minimum, LongSupplier nanos) {
        this.out = out;
        this.mode = mode;
        this.prefix = prefix;
        this.unit = unit;
        this.total = total;
        this.worthShowing = mode != ProgressDisplay.Mode.OFF && total >= Math.max(1, minimum);
        this.nanos = nanos;
        this.started = nanos.getAsLong();
    }

    /** One more item done. */
    public synchronized void step() {
        done++;
        if (!worthShowing || ended) {
            return;
        }
        long now = nanos.getAsLong();
        if (now - started < SHOW_AFTER_NANOS) {
            return;
        }
        if (mode == ProgressDisplay.Mode.TERMINAL) {
            if (!shown || now - lastShown >= REDRAW_NANOS) {
                draw(text());
                lastShown = now;
            }
        } else if (now - (shown ? lastShown : started) >= PLAIN_NANOS) {
            out.println(text());
            shown = true;
            shownDone = done;
            lastShown = now;
        }
    }

    /** The work is done: its final count stays, if the work took long enough to be shown. */
    public synchronized void finish() {
        if (ended) {
            return;
        }
        ended = true;
        if (!worthShowing || !shown && nanos.getAsLong() - started < SHOW_AFTER_NANOS) {
            return;
        }
        if (mode == ProgressDisplay.Mode.TERMINAL) {
            draw(text());
            out.println();
        } else if (shownDone != done) {
            out.println(text());
        }
    }

    /**
     * Ends the line: after {@link #finish} nothing more; else (the work failed) a terminal line is cleared, so that
     * the problems printed next start on a line of their own.
     */
    @Override
    public synchronized void close() {
        if (ended) {
            return;
        }
        ended = true;
        if (mode == ProgressDisplay.Mode.TERMINAL && shown) {
            out.print("\r" + " ".repeat(drawnLength) + "\r");
            out.flush();
        }
    }

    /** Overwrites the terminal's line with this text, blanking what a longer line left. */
    private void draw(String text) {
        out.print("\r" + text + " ".repeat(Math.max(0, drawnLength - text.length())));
        out.flush();
        drawnLength = text.length();
        shown = true;
    }

    private String text() {
        return String.format(Locale.ROOT, "%s%d of %d %s", prefix, done, total, unit);
    }
}
