package net.techmonitor.site.timing;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The "count of total" line, on a fake clock, as a terminal and as a CI log receive it: exactly what is written,
 * carriage returns and blanks included.
 */
class ProgressLineTest {
    private static final String NL = System.lineSeparator();
    private static final long MS = 1_000_000L;

    private final AtomicLong now = new AtomicLong(1_000 * MS);
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    /** When the last line started, on the fake clock. */
    private long origin;

    private ProgressLine start(ProgressDisplay.Mode mode, int total, int minimum) {
        origin = now.get();
        return new ProgressDisplay(out, mode, "  ", now::get).start("convert", total, "documents", minimum);
    }

    /** Steps the line at these milliseconds after it started. */
    private void stepAt(ProgressLine line, long... millis) {
        for (long at : millis) {
            now.set(origin + at * MS);
            line.step();
        }
    }

    private String written() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void onATerminalTheLineIsRedrawnInPlaceAtMostTenTimesASecondAndKeptAsItsFinalCount() {
        ProgressLine line = start(ProgressDisplay.Mode.TERMINAL, 12, 10);
        stepAt(line, 100, 500, 900);
        assertEquals("", written(), "nothing within the first second");
        stepAt(line, 1_000, 1_050, 1_099, 1_100, 1_150, 1_300, 1_310, 1_400, 1_500);
        line.finish();
        assertEquals("\r  convert: 4 of 12 documents"
            + "\r  convert: 7 of 12 documents"
            + "\r  convert: 9 of 12 documents"
            + "\r  convert: 11 of 12 documents"
            + "\r  convert: 12 of 12 documents"
            + "\r  convert: 12 of 12 documents" + NL, written());
        line.close();
        assertEquals("\r  convert: 4 of 12 documents"
            + "\r  convert: 7 of 12 documents"
            + "\r  convert: 9 of 12 documents"
            + "\r  convert: 11 of 12 documents"
            + "\r  convert: 12 of 12 documents"
            + "\r  convert: 12 of 12 documents" + NL, written(), "closing a finished line writes nothing more");
    }

    @Test
    void onATerminalWorkThatFailsLeavesNoLineBehind() {
        ProgressLine line = start(ProgressDisplay.Mode.TERMINAL, 500, 100);
        stepAt(line, 1_200);
        line.close();
        String drawn = "  convert: 1 of 500 documents";
        assertEquals("\r" + drawn + "\r" + " ".repeat(drawn.length()) + "\r", written(),
            "the line is blanked and the cursor back at its start, for the problems printed next");
    }

    @Test
    void inALogAPlainLineComesEveryFiveSecondsAndTheFinalCountOnce() {
        ProgressLine line = start(ProgressDisplay.Mode.PLAIN, 12, 10);
        stepAt(line, 1_000, 2_000, 3_000, 4_000, 4_999, 5_000, 6_000, 7_000, 9_999, 10_000, 11_000, 12_000);
        line.finish();
        assertEquals("  convert: 6 of 12 documents" + NL
            + "  convert: 10 of 12 documents" + NL
            + "  convert: 12 of 12 documents" + NL, written());
    }

    @Test
    void inALogWorkOfAFewSecondsGetsItsFinalCountOnlyAndACountJustPrintedIsNotRepeated() {
        ProgressLine brief = start(ProgressDisplay.Mode.PLAIN, 3, 1);
        stepAt(brief, 800, 1_600, 2_400);
        brief.finish();
        assertEquals("  convert: 3 of 3 documents" + NL, written());

        bytes.reset();
        ProgressLine exact = start(ProgressDisplay.Mode.PLAIN, 2, 1);
        stepAt(exact, 1_000, 5_000);
        exact.finish();
        assertEquals("  convert: 2 of 2 documents" + NL, written(), "the last periodic line was already the final count");
    }

    @Test
    void workDoneWithinASecondOrWithFewerItemsThanItsMinimumPrintsNothing() {
        for (ProgressDisplay.Mode mode : ProgressDisplay.Mode.values()) {
            ProgressLine quick = start(mode, 1_000, 100);
            long[] steps = new long[1_000];
            for (int i = 0; i < steps.length; i++) {
                steps[i] = i * 990L / steps.length;
            }
            stepAt(quick, steps);
            quick.finish();
            quick.close();
            ProgressLine few = start(mode, 99, 100);
            stepAt(few, 2_000, 20_000, 60_000);
            few.finish();
            assertEquals("", written(), mode.toString());
        }
    }

    @Test
    void stepsFromManyThreadsAreAllCountedAndNoDrawingInterleaves() throws InterruptedException {
        now.set(60_000 * MS); // well past the first second, from the start: the clock stands still
        ProgressLine line = new ProgressDisplay(out, ProgressDisplay.Mode.TERMINAL, "", () -> now.getAndAdd(MS))
            .start("pdf", 4_000, "PDF editions", 1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 1_000; i++) {
                    line.step();
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        line.finish();
        String[] drawings = written().split("\r", -1);
        assertEquals("", drawings[0]);
        assertEquals("pdf: 4000 of 4000 PDF editions" + NL, drawings[drawings.length - 1]);
        for (int i = 1; i < drawings.length - 1; i++) {
            assertEquals(true, drawings[i].matches("pdf: \\d{1,4} of 4000 PDF editions *"), drawings[i]);
        }
    }

    @Test
    void theModeIsTheTerminalsUnlessForcedAndADumbTerminalGetsPlainLines() {
        assertEquals(ProgressDisplay.Mode.TERMINAL, ProgressDisplay.modeFor(null, true, "xterm-256color"));
        assertEquals(ProgressDisplay.Mode.PLAIN, ProgressDisplay.modeFor(null, false, "xterm-256color"), "a pipe or a CI log");
        assertEquals(ProgressDisplay.Mode.PLAIN, ProgressDisplay.modeFor(null, true, "dumb"));
        assertEquals(ProgressDisplay.Mode.TERMINAL, ProgressDisplay.modeFor("terminal", false, null));
        assertEquals(ProgressDisplay.Mode.PLAIN, ProgressDisplay.modeFor(" Plain ", true, null));
        assertEquals(ProgressDisplay.Mode.OFF, ProgressDisplay.modeFor("off", true, null));
        assertEquals(ProgressDisplay.Mode.TERMINAL, ProgressDisplay.modeFor("sometimes", true, null), "not a mode: as if not set");
    }
}
