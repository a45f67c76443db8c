package net.techmonitor.site.cli;

import net.techmonitor.site.launch.ShortRunJvm;
import net.techmonitor.site.timing.StageTimer;

import java.io.PrintStream;
import java.util.Map;

/**
 * {@code java -jar target/techmonitor-site.jar <command>}: build, check, serve, new. Reads the command line, hands
 * it to the command ({@link BuildCommand}, {@link CheckCommand}, {@link ServeCommand}, {@link NewContentCommand}),
 * and ends with the status {@link ExitStatus} gives the outcome: 0 done, 1 the input has problems, 2 the command line
 * is wrong, 3 the generator itself failed, 4 the machine.
 */
public final class SiteCommandLine {
    /** Each command, and what it takes on its command line. */
    private static final Map<String, CommandLineOptions.Accepted> ACCEPTED = Map.of("build", BuildCommand.ACCEPTS,
        "check", CheckCommand.ACCEPTS, "serve", ServeCommand.ACCEPTS, "new", NewContentCommand.ACCEPTS);

    private SiteCommandLine() {
    }

    public static void main(String[] args) {
        if (!ShortRunJvm.alreadyTuned() && worthRelaunching(args)) {
            try {
                System.exit(ShortRunJvm.relaunch(SiteCommandLine.class, args));
            } catch (java.io.IOException e) {
                // No child JVM could be started: run here, only slower.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                System.exit(ExitStatus.INTERNAL);
            }
        }
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Only the commands that build are worth a second, tuned JVM ({@link ShortRunJvm}); help, the version and
     * {@code new} answer at once.
     */
    static boolean worthRelaunching(String[] args) {
        boolean answersAtOnce = java.util.Arrays.stream(args).anyMatch(arg -> arg.equals("--help") || arg.equals("-h") || arg.equals("--version"));
        return args.length > 0 && !answersAtOnce && ACCEPTED.containsKey(args[0]) && !args[0].equals("new");
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        StageTimer.event("command line read");
        String command = args.length == 0 || args[0].startsWith("-") ? null : args[0];
        if (command != null && !ACCEPTED.containsKey(command)) {
            return ExitStatus.reported(new CommandLineOptions.UsageException("unknown command '" + command
                + "' (expected build, check, serve or new)"), null, err);
        }
        try {
            CommandLineOptions options = CommandLineOptions.parse(args, command == null ? CommandLineOptions.Accepted.NOTHING : ACCEPTED.get(command));
            if (options.flag("help")) {
                out.print(command == null ? CommandHelp.general() : CommandHelp.of(command).orElseThrow());
                return ExitStatus.OK;
            }
            if (options.flag("version")) {
                out.println(GeneratorVersion.line());
                return ExitStatus.OK;
            }
            if (command == null) {
                err.print(CommandHelp.general());
                return ExitStatus.USAGE;
            }
            if (!command.equals("new") && options.words().size() > 1) {
                throw new CommandLineOptions.UsageException("unexpected argument '" + options.words().get(1) + "' (" + command + " takes options only)");
            }
            AsciidoctorHeadStart.startIfCold(command, options);
            if (!command.equals("build")) {
                // (build quiets it once it knows it builds: an up-to-date build logs nothing, and the reset is 0.1 s.)
                Logging.quiet();
            }
            return switch (command) {
                case "build" -> BuildCommand.run(options, out);
                case "check" -> CheckCommand.run(options, out);
                case "serve" -> ServeCommand.run(options, out, err);
                default -> NewContentCommand.run(options, out);
            };
        } catch (Exception e) {
            return ExitStatus.reported(e, command, err);
        }
    }
}
