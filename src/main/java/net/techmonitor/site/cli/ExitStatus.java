package net.techmonitor.site.cli;

import net.techmonitor.site.pipeline.SitePublisher;
import net.techmonitor.site.problems.Problem;
import net.techmonitor.site.problems.SiteProblemsException;
import net.techmonitor.site.problems.VisibleText;
import net.techmonitor.site.scaffold.OptionValueCheck;

import java.io.PrintStream;

/**
 * The command line's exit statuses, and which one each failure gets, with the message an editor reads. An editor's
 * mistake never prints a stack trace.
 */
final class ExitStatus {
    static final int OK = 0;
    /** The input has problems, each printed as {@code stage: path:line: message}. */
    static final int PROBLEMS = 1;
    /**
     * The command line is wrong (an option unknown, missing or of the wrong form; a busy port; anything {@code new}
     * refuses, the file existing or the issue missing included): nothing was written.
     */
    static final int USAGE = 2;
    /** The generator itself failed: a bug. */
    static final int INTERNAL = 3;
    /** The machine, not the content: the output's place cannot be used, or reading or writing a file failed. */
    static final int ENVIRONMENT = 4;

    private ExitStatus() {
    }

    /**
     * Prints what went wrong on {@code err} and returns the status it ends the command with.
     *
     * @param command the command that was run, or null for none: a wrong command line is followed by its usage
     */
    static int reported(Exception failure, String command, PrintStream err) {
        if (failure instanceof CommandLineOptions.UsageException) {
            err.println("error: " + VisibleText.of(failure.getMessage()));
            err.println(CommandHelp.usageHint(command));
            return USAGE;
        }
        if (failure instanceof OptionValueCheck.RefusedValueException refused) {
            // Whatever `new` refuses (a value the build would refuse, a required option missing, a file that exists
            // already, an issue that does not) is a wrong command line too: every reason, one line each.
            refused.messages().forEach(message -> err.println("error: " + VisibleText.of(message)));
            err.println("Nothing was written.");
            err.println(CommandHelp.usageHint(command));
            return USAGE;
        }
        if (failure instanceof PreviewPort.UnavailableException) {
            // Its message names the remedy; the usage would only hide it.
            err.println(VisibleText.of(failure.getMessage()));
            return USAGE;
        }
        if (failure instanceof SiteProblemsException problems) {
            for (Problem problem : problems.problems()) {
                err.println(problem.format());
            }
            err.println("Failed: " + problems.problems().size() + " problem(s). Nothing was published; the previous output, if any, is unchanged.");
            return PROBLEMS;
        }
        if (failure instanceof SitePublisher.OutputRefusedException) {
            err.println("error: " + VisibleText.of(failure.getMessage()));
            return ENVIRONMENT;
        }
        if (failure instanceof java.io.IOException || failure instanceof java.io.UncheckedIOException) {
            boolean intact = !(failure instanceof SitePublisher.PublishIoException publish) || publish.outputIntact();
            err.println("error: " + VisibleText.of(PlainIoMessage.of(failure)) + (intact
                ? " (nothing was published; the previous output, if any, is unchanged)" : " (nothing was published)"));
            return ENVIRONMENT;
        }
        err.println("internal error: " + VisibleText.of(String.valueOf(failure)) + " (this is a bug in the generator, not in the content; please report it with the command you ran)");
        if (System.getenv("TECHMONITOR_DEBUG") != null) {
            failure.printStackTrace(err);
        }
        return INTERNAL;
    }
}
