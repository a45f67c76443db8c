package net.techmonitor.site.cli;

import net.techmonitor.site.pipeline.SiteBuild;
import net.techmonitor.site.pipeline.UpToDateCheck;
import net.techmonitor.site.settings.SiteSettings;
import net.techmonitor.site.timing.ProgressDisplay;
import net.techmonitor.site.timing.StageTimer;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** {@code build}: builds the site into its output, or says it is up to date and does nothing. */
final class BuildCommand {
    static final CommandLineOptions.Accepted ACCEPTS = new CommandLineOptions.Accepted(Set.of("pdf-editions", "force"),
        Set.of("source", "output", "cache", "site-url", "base-path"));

    private BuildCommand() {
    }

    static int run(CommandLineOptions options, PrintStream out) throws Exception {
        // The output's and the cache's places are checked in it, before the up-to-date check reads either.
        SiteSettings settings = SiteOptions.settings(options, null);
        StageTimer.event("settings read");
        UpToDateDecision upToDate = UpToDateDecision.make(settings, options.flag("force"));
        StageTimer.event("inputs hashed");
        Optional<UpToDateCheck.LastBuild> last = upToDate.lastBuildStillCurrent();
        StageTimer.event("up-to-date check made");
        if (last.isPresent()) {
            last.get().notices().forEach(notice -> out.println("  " + notice));
            out.printf(Locale.ROOT, "Up to date: nothing changed since the last build; its %d pages are in %s (--force builds anyway)%n",
                last.get().pages(), settings.output().toAbsolutePath().normalize());
            printPreviewHint(settings, out);
            return ExitStatus.OK;
        }
        if (upToDate.asciidocEdited()) {
            AsciidoctorHeadStart.start();
        }
        Logging.quiet();
        upToDate.beforeBuilding();
        out.println("Building " + settings.siteRoot() + " ...");
        List<String> notices = new ArrayList<>();
        // Built on what the last build kept, unless --force; with PDF editions, whole (see SiteBuild.build).
        SiteBuild.Report report = SiteBuild.build(settings, message -> {
            out.println("  " + message.text());
            if (message.isNotice()) {
                notices.add(message.text());
            }
        }, ProgressDisplay.forStandardOutput(out, "  "), upToDate.frame(), settings.pdfEditions() ? null : upToDate.lastState());
        upToDate.afterBuilding(report, notices);
        StageTimer.event("build recorded");
        out.printf(Locale.ROOT, "Built %d pages, 0 problems, in %.1f s into %s%n", report.pages(), report.millis() / 1000.0, report.output());
        printPreviewHint(settings, out);
        return ExitStatus.OK;
    }

    private static void printPreviewHint(SiteSettings settings, PrintStream out) {
        out.println("Preview: java -jar target/techmonitor-site.jar serve   (then open http://localhost:8820" + settings.basePath() + ")");
    }
}
