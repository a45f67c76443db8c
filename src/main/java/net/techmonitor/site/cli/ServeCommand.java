package net.techmonitor.site.cli;

import net.techmonitor.site.settings.SiteSettings;

import java.io.PrintStream;
import java.util.Set;

/**
 * {@code serve}: builds into a preview folder, serves it on loopback and rebuilds on every save, until stopped. A port
 * that cannot be listened on is a wrong command line (exit 2), found before anything is built: the content is fine,
 * and the remedy is another {@code --port}.
 */
final class ServeCommand {
    static final CommandLineOptions.Accepted ACCEPTS = new CommandLineOptions.Accepted(Set.of("drafts", "pdf-editions"),
        Set.of("source", "output", "cache", "site-url", "base-path", "port"));

    private ServeCommand() {
    }

    static int run(CommandLineOptions options, PrintStream out, PrintStream err) throws Exception {
        String port = options.value("port", "8820");
        if (!port.matches("\\d{1,5}") || Integer.parseInt(port) > 65535) {
            throw new CommandLineOptions.UsageException("--port takes a port number, not '" + port + "'");
        }
        int number = Integer.parseInt(port);
        // Before anything is built: a busy port is said at once, not after the whole build.
        PreviewPort.checkAvailable(number);
        SiteSettings loaded = SiteOptions.settings(options, "target/preview");
        SiteSettings settings = loaded.withDrafts(options.flag("drafts"));
        PreviewSession started;
        try {
            started = PreviewSession.start(settings, number, out, err);
        } catch (java.net.BindException e) {
            // Taken while the preview was built.
            throw PreviewPort.unavailable(number, e);
        }
        try (PreviewSession session = started) {
            out.println("Serving " + settings.output() + (settings.includeDrafts() ? " with drafts" : "") + " at http://localhost:"
                + session.port() + settings.basePath() + " ; saving a file under content/, templates/ or assets/ rebuilds it. Ctrl+C stops.");
            Thread.currentThread().join();
        }
        return ExitStatus.OK;
    }
}
