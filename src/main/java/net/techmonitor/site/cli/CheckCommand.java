package net.techmonitor.site.cli;

import net.techmonitor.site.pipeline.SiteBuild;
import net.techmonitor.site.pipeline.SitePublisher;
import net.techmonitor.site.pipeline.SiteSettingsLoader;
import net.techmonitor.site.settings.SiteSettings;
import net.techmonitor.site.timing.ProgressDisplay;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * {@code check}: validates content, templates and links exactly as {@code build} does, and publishes nothing. With
 * {@code --drafts} drafts are validated as if published (as {@code serve --drafts} shows them), so their problems are
 * reported before they are published; nothing is published by a check anyway.
 */
final class CheckCommand {
    /** Where {@code check} builds, under the source, before it throws the result away. */
    static final String OUTPUT = "target/check";

    static final CommandLineOptions.Accepted ACCEPTS = new CommandLineOptions.Accepted(Set.of("drafts", "pdf-editions"),
        Set.of("source", "cache", "site-url", "base-path"));

    private CheckCommand() {
    }

    static int run(CommandLineOptions options, PrintStream out) throws Exception {
        SiteSettings loaded = SiteOptions.settings(options, OUTPUT);
        SiteSettings settings = loaded.withDrafts(options.flag("drafts"));
        out.println("Checking " + settings.siteRoot() + (settings.includeDrafts() ? " with drafts as if published" : "") + " ...");
        restoreBuildOutput(SiteOptions.source(options), out);
        SiteBuild.Report report = SiteBuild.run(settings, SiteBuild.Mode.CHECK, message -> out.println("  " + message.text()),
            ProgressDisplay.forStandardOutput(out, "  "), null);
        out.printf(Locale.ROOT, "Checked %d pages, 0 problems, in %.1f s; nothing was published%n", report.pages(), report.millis() / 1000.0);
        return ExitStatus.OK;
    }

    /**
     * A check publishes nothing, but a build into the default output that was stopped mid-swap is repaired first, as
     * the next build would. Best effort: a check never fails for the sake of an output it does not write.
     */
    private static void restoreBuildOutput(Path source, PrintStream out) {
        Path output = SiteSettingsLoader.outputFolder(source, null);
        try {
            if (SitePublisher.recover(output)) {
                out.println("  publish: restored the last complete site into " + output
                    + " (an earlier build was stopped while it replaced the output)");
            }
        } catch (java.io.IOException | RuntimeException e) {
            // Left to the next build, which reports it if it matters.
        }
    }
}
