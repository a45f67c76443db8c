package net.techmonitor.site.cli;

import net.techmonitor.site.pipeline.OutputLocation;
import net.techmonitor.site.pipeline.SiteBuild;
import net.techmonitor.site.timing.StageTimer;
import net.techmonitor.site.pipeline.SitePublisher;
import net.techmonitor.site.settings.SiteSettings;
import net.techmonitor.site.pipeline.SiteSettingsLoader;
import net.techmonitor.site.pipeline.UpToDateCheck;
import net.techmonitor.site.convert.AsciidocConverter;
import net.techmonitor.site.problems.Problem;
import net.techmonitor.site.problems.SiteProblemsException;
import net.techmonitor.site.problems.VisibleText;
import net.techmonitor.site.scaffold.ContentScaffolder;
import net.techmonitor.site.scaffold.NewContent;
import net.techmonitor.site.scaffold.OptionValueCheck;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code java -jar target/techmonitor-site.jar <command>}: build, check, serve, new. Exit status: 0 done,
 * 1 the input has problems (each printed as {@code stage: path:line: message}), 2 the command line is wrong,
 * 3 the generator itself failed, 4 the machine: the output folder cannot be used there, or a file could not be read or
 * written (a full disk, a read-only folder). An editor's mistake never prints a stack trace.
 */
public final class SiteCommandLine {
    static final int OK = 0;
    static final int PROBLEMS = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;
    /** The machine, not the content: the output's place cannot be used, or reading or writing a file failed. */
    static final int ENVIRONMENT = 4;
    /** Where {@code check} builds, under the source, before it throws the result away. */
    private static final String CHECK_OUTPUT = "target/check";

    private static final String SITE_OPTIONS = """
          --source DIR       site folder with jbake.properties, content/, templates/, assets/ (default: .)
        """;
    private static final String USAGE_TEXT = """
        Usage: java -jar target/techmonitor-site.jar <command> [options]

        Commands:
          build   build the site from content/ into target/site/
          check   validate content, templates and links without publishing anything
          serve   preview the site on http://localhost:8820/, rebuilding and reloading on every save
          new     create a new article, issue or activity with every attribute filled or marked

        Run a command with --help for its options.
        """;
    private static final Map<String, String> HELP = Map.of(
        "build", """
            Usage: java -jar target/techmonitor-site.jar build [options]

            Builds the site into the output folder. Nothing is replaced unless the whole build succeeds.
            """ + SITE_OPTIONS + """
              --output DIR       where the site is written (default: <source>/target/site)
              --site-url URL     where the site is published, e.g. https://org.github.io/techmonitor/: the host
                                 of its absolute URLs (feeds, sitemap, canonical links) and its base path
                                 (default: site.url in jbake.properties, else https://techmonitor.net/)
              --base-path PATH   only the URL path the site is served from, e.g. /techmonitor/ (the host stays
                                 site.url's; given with --site-url, it must agree with it)
              --pdf-editions     also write each issue and article as a PDF, linked from their pages (slower:
                                 AsciidoctorJ PDF takes seconds to load; PDFs are cached between builds)
              --force            build even when nothing changed since the last build (which is then skipped)
            """,
        "check", """
            Usage: java -jar target/techmonitor-site.jar check [options]

            Validates content, templates and links exactly as build does, and publishes nothing.
            """ + SITE_OPTIONS + """
              --site-url URL     check the site as published there (as for build)
              --base-path PATH   check links as they would be served from this path
              --pdf-editions     also write each issue and article as a PDF, linked from their pages (slower:
                                 AsciidoctorJ PDF takes seconds to load; PDFs are cached between builds)
            """,
        "serve", """
            Usage: java -jar target/techmonitor-site.jar serve [options]

            Builds into a preview folder, serves it on loopback, and rebuilds when a file under content/,
            templates/ or assets/ is saved; open pages reload by themselves. Ctrl+C stops it.
            """ + SITE_OPTIONS + """
              --output DIR       preview folder (default: <source>/target/preview)
              --site-url URL     as for build: the preview is served under its path, and its pages name it in
                                 their absolute URLs, as the published pages will
              --base-path PATH   serve under this path (default: as for build)
              --port N           port (default: 8820)
              --drafts           show drafts too (in the preview only; build never publishes drafts)
              --pdf-editions     also write each issue and article as a PDF, linked from their pages (slower:
                                 AsciidoctorJ PDF takes seconds to load; PDFs are cached between builds)
            """,
        "new", """
            Usage: java -jar target/techmonitor-site.jar new article|issue|activity [options]

            Creates the file in the right folder with every attribute of the content format, filled from the
            options given or left empty under a comment saying what goes there. A file with gaps is created as a
            draft, so the site still builds; fill the gaps and set :jbake-status: published.

              new article  --issue 2018-q3 --title "..." [--authors "A; B"] [--description "..."]
                           [--themes a,b] [--countries "India, Viet Nam"] [--date YYYY-MM-DD]
              new issue    --id 2019-q1 --title "special theme" [--themes a,b]
              new activity --title "..." --start-date YYYY-MM-DD [--end-date ...] [--city ...] [--country ...]
                           [--programme ...] [--role ...] [--partners a,b] [--organizers "a; Name"] [--participants N]
                           [--countries "..."] [--themes a,b]
            """ + SITE_OPTIONS);

    private SiteCommandLine() {
    }

    /**
     * The options of the JVM that {@code build}, {@code check} and {@code serve} run in on this machine, without the
     * class-data archive: what the benchmark gives the converter it measures builds against.
     */
    public static java.util.List<String> buildJvmOptions() {
        java.util.List<String> options = new java.util.ArrayList<>(ShortRunJvm.tuning(Runtime.version().feature()));
        options.addAll(ShortRunJvm.UNVERIFIED_CLASS_PATH);
        return options;
    }

    public static void main(String[] args) {
        if (!ShortRunJvm.alreadyTuned() && ShortRunJvm.worthRelaunching(args)) {
            try {
                System.exit(ShortRunJvm.relaunch(args));
            } catch (java.io.IOException e) {
                // No child JVM could be started: run here, only slower.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                System.exit(INTERNAL);
            }
        }
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        StageTimer.event("command line read");
        try {
            CommandLineOptions options = CommandLineOptions.parse(args);
            String command = options.words().isEmpty() ? null : options.words().get(0);
            startAsciidoctorIfCold(command, options);
            Logging.quiet();
            if (command == null) {
                (options.flag("help") ? out : err).print(USAGE_TEXT);
                return options.flag("help") ? OK : USAGE;
            }
            if (!HELP.containsKey(command)) {
                throw new CommandLineOptions.UsageException("unknown command '" + command + "' (expected build, check, serve or new)");
            }
            if (options.flag("help")) {
                out.print(HELP.get(command));
                return OK;
            }
            return switch (command) {
                case "build" -> build(options, out);
                case "check" -> check(options, out);
                case "serve" -> serve(options, out, err);
                default -> newContent(options, out);
            };
        } catch (CommandLineOptions.UsageException | OptionValueCheck.RefusedValueException e) {
            // A value for `new` that would break the file it writes is a wrong command line too: nothing was written.
            err.println("error: " + VisibleText.of(e.getMessage()));
            err.println("Run with --help for usage.");
            return USAGE;
        } catch (SiteProblemsException e) {
            for (Problem problem : e.problems()) {
                err.println(problem.format());
            }
            err.println("Failed: " + e.problems().size() + " problem(s). Nothing was published; the previous output, if any, is unchanged.");
            return PROBLEMS;
        } catch (ContentScaffolder.ScaffoldException e) {
            err.println("error: " + VisibleText.of(e.getMessage()));
            return PROBLEMS;
        } catch (SitePublisher.OutputRefusedException e) {
            err.println("error: " + VisibleText.of(e.getMessage()));
            return ENVIRONMENT;
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            boolean intact = !(e instanceof SitePublisher.PublishIoException publish) || publish.outputIntact();
            err.println("error: " + VisibleText.of(PlainIoMessage.of(e)) + (intact
                ? " (nothing was published; the previous output, if any, is unchanged)" : " (nothing was published)"));
            return ENVIRONMENT;
        } catch (Exception e) {
            err.println("internal error: " + VisibleText.of(String.valueOf(e)) + " (this is a bug in the generator, not in the content; please report it with the command you ran)");
            if (System.getenv("TECHMONITOR_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return INTERNAL;
        }
    }

    private static SiteSettings settings(CommandLineOptions options, String defaultOutput) throws CommandLineOptions.UsageException {
        SiteSettingsLoader.UrlOptions urls;
        try {
            urls = SiteSettingsLoader.UrlOptions.read(options.value("site-url", null), options.value("base-path", null));
        } catch (IllegalArgumentException e) {
            throw new CommandLineOptions.UsageException(e.getMessage());
        }
        return SiteSettingsLoader.loadAt(source(options), outputOption(options, defaultOutput), urls)
            .withPdfEditions(options.flag("pdf-editions"));
    }

    private static Path source(CommandLineOptions options) {
        return Path.of(options.value("source", "."));
    }

    /** The output the options ask for, or the command's default one under the source, or null for the settings' default. */
    private static Path outputOption(CommandLineOptions options, String defaultOutput) {
        String output = options.value("output", null);
        return output == null ? (defaultOutput == null ? null : source(options).resolve(defaultOutput)) : Path.of(output);
    }

    private static int build(CommandLineOptions options, PrintStream out) throws Exception {
        options.allowOnly(Set.of("source", "output", "site-url", "base-path", "pdf-editions", "force"));
        SiteSettings settings = settings(options, null);
        StageTimer.event("settings read");
        // Before the up-to-date check reads anything beside the output.
        OutputLocation.check(settings.siteRoot(), settings.output());
        UpToDateCheck upToDate = new UpToDateCheck(settings);
        // Only a recorded build can make this one unnecessary; without one, no file is read before the build reads it.
        String inputs = !options.flag("force") && upToDate.hasRecord() ? upToDate.inputs() : null;
        java.util.Optional<UpToDateCheck.LastBuild> last = inputs == null ? java.util.Optional.empty() : upToDate.upToDate(inputs);
        if (last.isPresent()) {
            last.get().notices().forEach(notice -> out.println("  " + notice));
            out.printf(Locale.ROOT, "Up to date: nothing changed since the last build; its %d pages are in %s (--force builds anyway)%n",
                last.get().pages(), settings.output().toAbsolutePath().normalize());
            out.println("Preview: java -jar target/techmonitor-site.jar serve   (then open http://localhost:8820" + settings.basePath() + ")");
            return OK;
        }
        // From here the output may be replaced: until this build succeeds, no later build may be skipped.
        upToDate.forget();
        // The content's AsciiDoc files are hashed as the build reads them, once; the rest now, before the build uses it.
        java.util.Map<Path, String> digests = inputs != null ? java.util.Map.of() : upToDate.digestsBeforeBuild();
        out.println("Building " + settings.siteRoot() + " ...");
        java.util.List<String> notices = new java.util.ArrayList<>();
        SiteBuild.Report report = SiteBuild.run(settings, SiteBuild.Mode.PUBLISH, message -> {
            out.println("  " + message.text());
            if (message.isNotice()) {
                notices.add(message.text());
            }
        });
        if (inputs == null) {
            inputs = upToDate.inputsAfterBuild(digests, report.loaded().fileDigests());
        }
        upToDate.record(inputs, notices);
        StageTimer.event("build recorded");
        out.printf(Locale.ROOT, "Built %d pages, 0 problems, in %.1f s into %s%n", report.pages(), report.millis() / 1000.0, report.output());
        out.println("Preview: java -jar target/techmonitor-site.jar serve   (then open http://localhost:8820" + settings.basePath() + ")");
        return OK;
    }

    /**
     * With no conversion cached, every file will be converted, and none can be before Asciidoctor's Ruby has started
     * (seconds of one core): for {@code build} and {@code check} it starts at once, on a thread of its own, before
     * even the settings are read, while this thread reads them and then the content on the other core. With a cache
     * it starts only at the first file the cache lacks, so a build with nothing to convert never pays for it. The
     * Ruby's thread quiets logging first, as this one does next: AsciidoctorJ logs through java.util.logging.
     */
    private static void startAsciidoctorIfCold(String command, CommandLineOptions options) {
        String defaultOutput = "check".equals(command) ? CHECK_OUTPUT : null;
        if (("build".equals(command) || "check".equals(command)) && !options.flag("help")
            && SiteSettings.conversionCache(SiteSettingsLoader.outputFolder(source(options), outputOption(options, defaultOutput)), true).holdsNothing()) {
            AsciidocConverter.startInBackground(() -> {
                Logging.quiet();
                return AsciidocConverter.shared();
            });
        }
    }

    private static int check(CommandLineOptions options, PrintStream out) throws Exception {
        options.allowOnly(Set.of("source", "site-url", "base-path", "pdf-editions"));
        SiteSettings settings = settings(options, CHECK_OUTPUT);
        out.println("Checking " + settings.siteRoot() + " ...");
        restoreBuildOutput(source(options), out);
        SiteBuild.Report report = SiteBuild.run(settings, SiteBuild.Mode.CHECK, message -> out.println("  " + message.text()));
        out.printf(Locale.ROOT, "Checked %d pages, 0 problems, in %.1f s; nothing was published%n", report.pages(), report.millis() / 1000.0);
        return OK;
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

    private static int serve(CommandLineOptions options, PrintStream out, PrintStream err) throws Exception {
        options.allowOnly(Set.of("source", "output", "site-url", "base-path", "port", "drafts", "pdf-editions"));
        String port = options.value("port", "8820");
        if (!port.matches("\\d{1,5}") || Integer.parseInt(port) > 65535) {
            throw new CommandLineOptions.UsageException("--port takes a port number, not '" + port + "'");
        }
        // Absolute URLs (canonical, Open Graph, feeds, sitemap, calendar) stay those of the published site: the preview
        // shows the editor what will be published, view-source included, and none of them is a link a reader follows
        // on the page (those are site-relative and stay in the preview). Swapping in http://localhost would also hide
        // exactly the mistake of a wrong site.url.
        SiteSettings loaded = settings(options, "target/preview");
        SiteSettings settings = loaded.withOutput(loaded.output(), options.flag("drafts"));
        try (PreviewSession session = PreviewSession.start(settings, Integer.parseInt(port), out, err)) {
            out.println("Serving " + settings.output() + (settings.includeDrafts() ? " with drafts" : "") + " at http://localhost:"
                + session.port() + settings.basePath() + " ; saving a file under content/, templates/ or assets/ rebuilds it. Ctrl+C stops.");
            Thread.currentThread().join();
        }
        return OK;
    }

    private static int newContent(CommandLineOptions options, PrintStream out) throws Exception {
        if (options.words().size() != 2) {
            throw new CommandLineOptions.UsageException("new needs one of: article, issue, activity (e.g. new article --issue 2018-q3 --title \"...\")");
        }
        ContentScaffolder scaffolder = new ContentScaffolder(Path.of(options.value("source", ".")).toAbsolutePath().normalize());
        Map<String, String> values = options.values();
        NewContent created = switch (options.words().get(1)) {
            case "article" -> {
                options.allowOnly(Set.of("source", "issue", "title", "authors", "description", "themes", "countries", "date"));
                yield scaffolder.article(values);
            }
            case "issue" -> {
                options.allowOnly(Set.of("source", "id", "title", "themes"));
                yield scaffolder.issue(values);
            }
            case "activity" -> {
                options.allowOnly(Set.of("source", "title", "start-date", "end-date", "city", "country", "programme", "role",
                    "partners", "organizers", "co-organizers", "in-cooperation-with", "participants", "countries", "themes"));
                yield scaffolder.activity(values);
            }
            default -> throw new CommandLineOptions.UsageException("new " + options.words().get(1) + ": expected article, issue or activity");
        };
        out.println("Created " + Path.of("").toAbsolutePath().relativize(created.file().toAbsolutePath()));
        if (created.draft()) {
            out.println("It is a draft until these are filled in (then set :jbake-status: published):");
            created.toFill().forEach(gap -> out.println("  - " + gap));
        } else {
            out.println("It is published: the next build shows it.");
        }
        return OK;
    }
}
