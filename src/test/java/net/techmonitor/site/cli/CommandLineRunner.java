package net.techmonitor.site.cli;

import java.io.PrintStream;

/** Lets tests in other packages run the command line without System.exit. */
public final class CommandLineRunner {
    private CommandLineRunner() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return SiteCommandLine.run(args, out, err);
    }
}
