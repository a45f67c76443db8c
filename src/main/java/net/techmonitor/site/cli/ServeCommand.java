package net.techmonitor.site.cli;

import net.techmonitor.site.settings.SiteSettings;

import java.io.PrintStream;
import java.util.Set;

/** {@code serve}: builds into a preview folder, serves it on loopback and rebuilds on every save, until stopped. */
final class ServeCommand {
    private ServeCommand() {
    }

    static int run(CommandLineOptions options, PrintStream out, PrintStream err) throws Exception {
        options.allowOnly(Set.of("source", "output", "base-path", "port", "drafts", "pdf-editions"));
        String port = options.value("port", "8820");
        if (!port.matches("\\d{1,5}") || Integer.parseInt(port) > 65535) {
            throw new CommandLineOptions.UsageException("--port takes a port number, not '" + port + "'");
        }
        SiteSettings loaded = SiteOptions.settings(options, "target/preview");
        SiteSettings settings = loaded.withOutput(loaded.output(), options.flag("drafts"));
        try (PreviewSession session = PreviewSession.start(settings, Integer.parseInt(port), out, err)) {
            out.println("Serving " + settings.output() + (settings.includeDrafts() ? " with drafts" : "") + " at http://localhost:"
                + session.port() + settings.basePath() + " ; saving a file under content/, templates/ or assets/ rebuilds it. Ctrl+C stops.");
            Thread.currentThread().join();
        }
        return ExitStatus.OK;
    }
}
