package net.techmonitor.site.scaffold;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code new} command as the command line offers it: its kinds, the options each takes, its help, and what it
 * says when it has written a file. The command line only parses and dispatches; the kinds and options live here, beside
 * the scaffolder that uses them.
 */
public final class NewCommand {
    /** The kinds, in the order the help lists them. */
    public static final List<String> KINDS = List.of("article", "technology", "issue", "activity", "partner", "theme");

    private static final Map<String, Set<String>> OPTIONS = Map.of(
        "article", Set.of("source", "issue", "title", "slug", "authors", "description", "themes", "countries", "date", "section",
            "order", "doi", "orcid", "affiliation"),
        "technology", Set.of("source", "issue", "title", "slug", "kind", "country", "themes", "description", "contact", "date",
            "section"),
        "issue", Set.of("source", "id", "title", "themes", "status", "issue-status", "published-date", "volume", "number"),
        "activity", Set.of("source", "title", "slug", "start-date", "end-date", "city", "country", "programme", "role",
            "partners", "organizers", "co-organizers", "in-cooperation-with", "participants", "countries", "themes", "event-status"),
        "partner", Set.of("source", "title", "id", "country", "website", "listed-in-reports"),
        "theme", Set.of("source", "title", "id"));

    /** The help, without the site options the command line adds. */
    public static final String HELP = """
        Usage: java -jar target/techmonitor-site.jar new article|technology|issue|activity|partner|theme [options]

        Creates the file in the right folder with every attribute of the content format, filled from the
        options given or left empty under a comment saying what goes there. A file with gaps is created as a
        draft, so the site still builds; fill the gaps and set :jbake-status: published. Every value is
        checked as the build checks it: a value the build would refuse is refused (exit status 2) with the
        build's message, and nothing is written. Nothing is made up: what no option gives is left to fill in.

          new article  --issue 2018-q3 --title "..." [--authors "A; B"] [--description "..."]
                       [--themes a,b] [--countries "India, Viet Nam"] [--date YYYY-MM-DD] [--slug ...]
                       [--section ID] [--order N] [--doi 10.5555/...] [--orcid ...] [--affiliation "..."]
                       (without --date: the issue's :published-date:, else left to fill in; --section one of
                       site.sections in jbake.properties; --orcid, --affiliation: the first author's)
          new technology --issue 2018-q3 --title "..." [--kind offer|request] [--country ...]
                       [--themes a,b] [--description "..."] [--contact "..."] [--date YYYY-MM-DD] [--slug ...]
                       [--section ID]
                       (a technology offer or request; date and themes as for an article)
          new issue    --id 2019-q1 --title "special theme" [--themes a,b] [--status in-press|published]
                       [--published-date YYYY-MM-DD] [--volume N] [--number N]
          new activity --title "..." --start-date YYYY-MM-DD [--end-date ...] [--city ...] [--country ...]
                       [--programme ...] [--role ...] [--partners a,b] [--organizers "a; Name"]
                       [--co-organizers ...] [--in-cooperation-with ...] [--participants N]
                       [--countries "..."] [--themes a,b] [--event-status scheduled] [--slug ...]
          new partner  --title "the institution's name" [--id ...] [--country ...] [--website https://...]
                       [--listed-in-reports 2018]
          new theme    --title "..." [--id ...]

          --slug, --id       the file's name (default: from the title, cut at a whole word within 60 characters)
          --issue-status     the same as new issue's --status (the attribute's name)
        """;

    private NewCommand() {
    }

    /** @return the options {@code new <kind>} takes, or null for a kind there is none of */
    public static Set<String> options(String kind) {
        return kind == null ? null : OPTIONS.get(kind);
    }

    /** Why {@code new} cannot tell what to create, for a wrong command line. */
    public static String wrongKind(String kind) {
        return (kind == null ? "new needs one of: " : "new " + kind + ": expected one of: ") + String.join(", ", KINDS)
            + " (e.g. new article --issue 2018-q3 --title \"...\")";
    }

    /** @param siteRoot the site folder, absolute */
    public static NewContent create(Path siteRoot, String kind, Map<String, String> options)
        throws OptionValueCheck.RefusedValueException, IOException {
        ContentScaffolder scaffolder = new ContentScaffolder(siteRoot);
        return switch (kind) {
            case "article" -> scaffolder.article(options);
            case "technology" -> scaffolder.technology(options);
            case "issue" -> scaffolder.issue(options);
            case "activity" -> scaffolder.activity(options);
            case "partner" -> scaffolder.partner(options);
            case "theme" -> scaffolder.theme(options);
            default -> throw new IllegalArgumentException("no kind " + kind);
        };
    }

    /** What {@code new} says about the file it wrote, one line each, the file named from {@code workingFolder}. */
    public static List<String> report(NewContent created, Path workingFolder) {
        List<String> lines = new ArrayList<>();
        lines.add("Created " + workingFolder.toAbsolutePath().relativize(created.file().toAbsolutePath()));
        lines.addAll(created.notes());
        if (created.draft()) {
            lines.add("It is a draft until these are filled in (then set :jbake-status: published):");
            created.toFill().forEach(gap -> lines.add("  - " + gap));
        } else {
            lines.add("It is published: the next build shows it.");
        }
        return lines;
    }
}
