package net.techmonitor.site.cli;

import net.techmonitor.site.build.SiteBuild;
import net.techmonitor.site.build.SitePublisher;
import net.techmonitor.site.build.SiteSettings;
import net.techmonitor.site.build.SiteSettingsLoader;
import net.techmonitor.site.problems.Problem;
import net.techmonitor.site.problems.SiteProblemsException;

import java.io.PrintStream;
import java.util.Locale;

/**
 * {@code java -jar target/techmonitor-site.jar build|serve [options]}. Exit status: 0 built, 1 the input
 * has problems (each printed as {@code stage: path:line: message}), 2 the command line is wrong, 3 the
 * generator itself failed. An editor's mistake never prints a stack trace.
 */
public final class SiteCommandLine {
    static final int OK = 0;
    static final int PROBLEMS = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;

    private static final String USAGE_TEXT = """
        Usage: java -jar target/techmonitor-site.jar <command> [options]

        Commands:
          build   build the site from <source>/content into the output folder
          serve   build, then serve the output on http://localhost:<port>/ for preview

        Options:
          --source DIR       site folder with jbake.properties, content/, templates/, assets/ (default: .)
          --output DIR       where the site is written (default: <source>/target/site)
          --base-path PATH   URL path the site is served from, e.g. /techmonitor/ (default: site.base-path
                             in jbake.properties, else /)
          --port N           port for serve (default: 8820)
          -h, --help         this help
        """;

    private SiteCommandLine() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Logging.quiet();
        CommandLineOptions options;
        try {
            options = CommandLineOptions.parse(args);
        } catch (CommandLineOptions.UsageException e) {
            err.println("error: " + e.getMessage());
            err.print(USAGE_TEXT);
            return USAGE;
        }
        if (options.help() || options.command() == null) {
            (options.help() ? out : err).print(USAGE_TEXT);
            return options.help() ? OK : USAGE;
        }
        if (!options.command().equals("build") && !options.command().equals("serve")) {
            err.println("error: unknown command '" + options.command() + "' (expected build or serve)");
            err.print(USAGE_TEXT);
            return USAGE;
        }
        try {
            SiteSettings settings = SiteSettingsLoader.load(options.source(), options.output(), options.basePath());
            out.println("Building " + settings.siteRoot() + " ...");
            SiteBuild.Report report = SiteBuild.run(settings);
            out.printf(Locale.ROOT, "Built %d pages in %.1f s into %s%n", report.pages(), report.millis() / 1000.0, report.output());
            if (options.command().equals("serve")) {
                return PreviewServer.serve(settings.output(), settings.basePath(), options.port(), out);
            }
            out.println("Preview: java -jar target/techmonitor-site.jar serve   (then open http://localhost:"
                + options.port() + settings.basePath() + ")");
            return OK;
        } catch (SiteProblemsException e) {
            for (Problem problem : e.problems()) {
                err.println(problem.format());
            }
            err.println("Build failed: " + e.problems().size() + " problem(s). Nothing was published; the previous output, if any, is unchanged.");
            return PROBLEMS;
        } catch (SitePublisher.OutputRefusedException e) {
            err.println("error: " + e.getMessage());
            return PROBLEMS;
        } catch (Exception e) {
            err.println("internal error: " + e + " (this is a bug in the generator, not in the content; please report it with the command you ran)");
            if (System.getenv("TECHMONITOR_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return INTERNAL;
        }
    }
}
