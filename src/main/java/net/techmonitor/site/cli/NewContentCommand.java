package net.techmonitor.site.cli;

import net.techmonitor.site.scaffold.NewCommand;
import net.techmonitor.site.scaffold.NewContent;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code new article|technology|issue|activity|partner|theme}: the command line's side of {@link NewCommand}, which owns the
 * kinds, the options each takes and the help. Here the words are read and the options refused that the kind does not
 * take; every refusal is a wrong command line (exit status 2), and nothing is written.
 */
final class NewContentCommand {
    /** Whatever kind, as {@link NewCommand} lists them: each kind then refuses the others' options. */
    static final CommandLineOptions.Accepted ACCEPTS = new CommandLineOptions.Accepted(Set.of(),
        NewCommand.KINDS.stream().map(NewCommand::options).flatMap(Set::stream).collect(Collectors.toUnmodifiableSet()));

    private NewContentCommand() {
    }

    static int run(CommandLineOptions options, PrintStream out) throws Exception {
        if (options.words().size() > 2) {
            throw new CommandLineOptions.UsageException("unexpected argument '" + options.words().get(2)
                + "' (new takes one kind, then options)");
        }
        String kind = options.words().size() == 2 ? options.words().get(1) : null;
        Set<String> accepted = NewCommand.options(kind);
        if (accepted == null) {
            throw new CommandLineOptions.UsageException(NewCommand.wrongKind(kind));
        }
        options.allowOnly(accepted);
        NewContent created = NewCommand.create(Path.of(options.value("source", ".")).toAbsolutePath().normalize(), kind, options.values());
        NewCommand.report(created, Path.of("")).forEach(out::println);
        return ExitStatus.OK;
    }
}
