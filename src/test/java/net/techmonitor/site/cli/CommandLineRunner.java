package net.techmonitor.site.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in this JVM, without System.exit, for the tests of the commands in any package. */
public final class CommandLineRunner {
    private CommandLineRunner() {
    }

    /** A finished command: its exit status and what it printed on each stream. */
    public record Output(int code, String out, String err) {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return SiteCommandLine.run(args, out, err);
    }

    /** Runs the command and keeps what it printed. */
    public static Output run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Output(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
