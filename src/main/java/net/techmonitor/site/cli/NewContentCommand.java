package net.techmonitor.site.cli;

import net.techmonitor.site.scaffold.ContentScaffolder;
import net.techmonitor.site.scaffold.NewContent;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/** {@code new article|issue|activity}: creates the file with every attribute filled or marked, never over another. */
final class NewContentCommand {
    private static final Set<String> ARTICLE = Set.of("source", "issue", "title", "authors", "description", "themes", "countries", "date");
    private static final Set<String> ISSUE = Set.of("source", "id", "title", "themes");
    private static final Set<String> ACTIVITY = Set.of("source", "title", "start-date", "end-date", "city", "country", "programme",
        "role", "partners", "organizers", "co-organizers", "in-cooperation-with", "participants", "countries", "themes");
    /** Whatever kind: each kind then refuses the others' options. */
    static final CommandLineOptions.Accepted ACCEPTS = new CommandLineOptions.Accepted(Set.of(),
        java.util.stream.Stream.of(ARTICLE, ISSUE, ACTIVITY).flatMap(Set::stream).collect(java.util.stream.Collectors.toUnmodifiableSet()));

    private NewContentCommand() {
    }

    static int run(CommandLineOptions options, PrintStream out) throws Exception {
        if (options.words().size() != 2) {
            throw new CommandLineOptions.UsageException("new needs one of: article, issue, activity (e.g. new article --issue 2018-q3 --title \"...\")");
        }
        ContentScaffolder scaffolder = new ContentScaffolder(Path.of(options.value("source", ".")).toAbsolutePath().normalize());
        Map<String, String> values = options.values();
        NewContent created = switch (options.words().get(1)) {
            case "article" -> {
                options.allowOnly(ARTICLE);
                yield scaffolder.article(values);
            }
            case "issue" -> {
                options.allowOnly(ISSUE);
                yield scaffolder.issue(values);
            }
            case "activity" -> {
                options.allowOnly(ACTIVITY);
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
        return ExitStatus.OK;
    }
}
