package net.techmonitor.site.cli;

import net.techmonitor.site.launch.ShortRunJvm;
import net.techmonitor.site.timing.StageTimer;

import java.io.PrintStream;
import java.util.Set;

/**
 * {@code java -jar target/techmonitor-site.jar <command>}: build, check, serve, new. Reads the command line, hands
 * it to the command ({@link BuildCommand}, {@link CheckCommand}, {@link ServeCommand}, {@link NewContentCommand}),
 * and ends with the status {@link ExitStatus} gives the outcome: 0 done, 1 the input has problems, 2 the command line
 * is wrong, 3 the generator itself failed, 4 the machine.
 */
public final class SiteCommandLine {
    private static final Set<String> BUILDING_COMMANDS = Set.of("build", "check", "serve");

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

    /** Only the commands that build are worth a second, tuned JVM ({@link ShortRunJvm}); help and {@code new} answer at once. */
    static boolean worthRelaunching(String[] args) {
        boolean help = java.util.Arrays.asList(args).contains("--help");
        return args.length > 0 && !help && BUILDING_COMMANDS.contains(args[0]);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        StageTimer.event("command line read");
        try {
            CommandLineOptions options = CommandLineOptions.parse(args);
            String command = options.words().isEmpty() ? null : options.words().get(0);
            AsciidoctorHeadStart.startIfCold(command, options);
            Logging.quiet();
            if (command == null) {
                (options.flag("help") ? out : err).print(CommandHelp.general());
                return options.flag("help") ? ExitStatus.OK : ExitStatus.USAGE;
            }
            String help = CommandHelp.of(command).orElseThrow(() ->
                new CommandLineOptions.UsageException("unknown command '" + command + "' (expected build, check, serve or new)"));
            if (options.flag("help")) {
                out.print(help);
                return ExitStatus.OK;
            }
            return switch (command) {
                case "build" -> BuildCommand.run(options, out);
                case "check" -> CheckCommand.run(options, out);
                case "serve" -> ServeCommand.run(options, out, err);
                default -> NewContentCommand.run(options, out);
            };
        } catch (Exception e) {
            return ExitStatus.reported(e, err);
        }
    }
}
