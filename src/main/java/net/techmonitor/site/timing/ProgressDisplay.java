package net.techmonitor.site.timing;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Where the {@link ProgressLine}s of a build go, and how: on a terminal, one line redrawn in place; elsewhere (a CI
 * log, a pipe, a file) plain lines now and then, since a carriage return there only garbles the log; or nowhere.
 *
 * <p>The mode is the terminal's unless {@code -Dtechmonitor.progress} or {@code TECHMONITOR_PROGRESS} says
 * {@code terminal}, {@code plain} or {@code off}: for tests, and for terminals the JVM does not recognise as one.</p>
 */
public final class ProgressDisplay {
    public static final String PROPERTY = "techmonitor.progress";
    public static final String VARIABLE = "TECHMONITOR_PROGRESS";

    public enum Mode { TERMINAL, PLAIN, OFF }

    /** Shows nothing: what builds run by tests and by other code than the command line get. */
    public static final ProgressDisplay OFF = new ProgressDisplay(null, Mode.OFF, "", System::nanoTime);

    private final PrintStream out;
    private final Mode mode;
    private final String indent;
    private final LongSupplier nanos;

    /**
     * @param indent what every line starts with, as the build's other lines do ({@code "  "})
     * @param nanos  the clock ({@link System#nanoTime}; a fake one in tests)
     */
    public ProgressDisplay(PrintStream out, Mode mode, String indent, LongSupplier nanos) {
        this.out = out;
        this.mode = mode;
        this.indent = indent;
        this.nanos = nanos;
    }

    /** The display for a command's standard output: a redrawn line only if that output is this process's terminal. */
    public static ProgressDisplay forStandardOutput(PrintStream out, String indent) {
        String forced = System.getProperty(PROPERTY, System.getenv(VARIABLE));
        return new ProgressDisplay(out, modeFor(forced, out == System.out && onTerminal(), System.getenv("TERM")), indent, System::nanoTime);
    }

    /**
     * @param forced   the property's or the variable's value, or null
     * @param terminal whether the output is a terminal
     * @param term     the {@code TERM} variable: a {@code dumb} terminal (an editor's shell buffer) gets plain lines
     */
    static Mode modeFor(String forced, boolean terminal, String term) {
        if (forced != null) {
            switch (forced.strip().toLowerCase(Locale.ROOT)) {
                case "terminal": return Mode.TERMINAL;
                case "plain": return Mode.PLAIN;
                case "off": return Mode.OFF;
                default: break; // not a mode: as if not set
            }
        }
        return terminal && !"dumb".equals(term) ? Mode.TERMINAL : Mode.PLAIN;
    }

    /**
     * Begins the line of one piece of work.
     *
     * @param stage   the stage's name, as its other lines start ({@code convert})
     * @param total   how many items there are to do
     * @param unit    what they are ({@code documents})
     * @param minimum fewer items than this show nothing, however long they take (converting a few files waits for
     *                Asciidoctor to start, not for the files)
     */
    public ProgressLine start(String stage, int total, String unit, int minimum) {
        return new ProgressLine(out, mode, indent + stage + ": ", total, unit, minimum, nanos);
    }

    /**
     * Whether standard input and output are a terminal: {@code System.console()} is there only then on Java 17; from
     * Java 22 it may be there for a pipe too, and {@code Console.isTerminal()} tells.
     */
    private static boolean onTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return true;
        }
    }
}
