package net.techmonitor.site.cli;

import net.techmonitor.site.scaffold.NewCommand;

import java.util.Map;
import java.util.Optional;

/** What {@code --help} prints: the commands, and each command's options. */
final class CommandHelp {
    private static final String SITE_OPTIONS = """
          --source DIR       site folder with jbake.properties, content/, templates/, assets/ (default: .)
        """;
    private static final String CACHE_OPTION = """
          --cache DIR        where builds keep what later builds reuse (default: <source>/target/.techmonitor-cache;
                             not inside the output, content/, templates/ or assets/)
        """;
    private static final String GENERAL = """
        Usage: java -jar target/techmonitor-site.jar <command> [options]

        Commands:
          build   build the site from content/ into target/site/
          check   validate content, templates and links without publishing anything
          serve   preview the site on http://localhost:8820/, rebuilding and reloading on every save
          new     create a new article, issue, activity, partner or theme with every attribute filled or marked

        Run a command with --help for its options.
        """;
    private static final Map<String, String> HELP = Map.of(
        "build", """
            Usage: java -jar target/techmonitor-site.jar build [options]

            Builds the site into the output folder. Nothing is replaced unless the whole build succeeds.
            """ + SITE_OPTIONS + """
              --output DIR       where the site is written (default: <source>/target/site)
            """ + CACHE_OPTION + """
              --site-url URL     where the site is published, e.g. https://org.github.io/techmonitor/: the host
                                 of its absolute URLs (feeds, sitemap, canonical links) and its base path
                                 (default: site.url in jbake.properties, else https://techmonitor.net/)
              --base-path PATH   only the URL path the site is served from, e.g. /techmonitor/ (the host stays
                                 site.url's; given with --site-url, it must agree with it)
              --pdf-editions     also write each issue and article as a tagged PDF (PDF/UA-1), linked from
                                 their pages (slower: a few PDFs a second; unchanged ones come from the cache)
              --force            build even when nothing changed since the last build (which is then skipped)
            """,
        "check", """
            Usage: java -jar target/techmonitor-site.jar check [options]

            Validates content, templates and links exactly as build does, and publishes nothing.
            """ + SITE_OPTIONS + CACHE_OPTION + """
              --site-url URL     check the site as published there (as for build)
              --base-path PATH   check links as they would be served from this path
              --drafts           check drafts too, as they would be once published (nothing is published)
              --pdf-editions     also write each issue and article as a tagged PDF (PDF/UA-1), linked from
                                 their pages (slower: a few PDFs a second; unchanged ones come from the cache)
            """,
        "serve", """
            Usage: java -jar target/techmonitor-site.jar serve [options]

            Builds into a preview folder, serves it on loopback, and rebuilds when a file under content/,
            templates/ or assets/ is saved; open pages reload by themselves. Ctrl+C stops it.
            """ + SITE_OPTIONS + """
              --output DIR       preview folder (default: <source>/target/preview)
            """ + CACHE_OPTION + """
              --site-url URL     as for build: the preview is served under its path, and its pages name it in
                                 their absolute URLs, as the published pages will
              --base-path PATH   serve under this path (default: as for build)
              --port N           port (default: 8820)
              --drafts           show drafts too (in the preview only; build never publishes drafts)
              --pdf-editions     also write each issue and article as a tagged PDF (PDF/UA-1), linked from
                                 their pages (slower: a few PDFs a second; unchanged ones come from the cache)
            """,
        // new's kinds and options are NewCommand's, beside the scaffolder that uses them; the site options are added here.
        "new", NewCommand.HELP + SITE_OPTIONS);

    private CommandHelp() {
    }

    /** The list of commands ({@code --help} without a command, or no command at all). */
    static String general() {
        return GENERAL;
    }

    /**
     * The line that follows a wrong command line: how the command is written (its help's first line) and where its
     * options are listed. With a null command, how any command is written.
     */
    static String usageHint(String command) {
        String help = command == null ? GENERAL : HELP.get(command);
        String usage = help.lines().findFirst().orElseThrow();
        return usage + "; " + (command == null ? "--help lists the commands" : command + " --help lists its options");
    }

    /** The help of one command, or empty when there is no such command. */
    static Optional<String> of(String command) {
        return Optional.ofNullable(HELP.get(command));
    }
}
