package net.techmonitor.site.problems;

import java.util.List;

/**
 * Thrown when the input is wrong. It carries the editor-facing problems; the command line prints
 * them without a stack trace and exits with status 1.
 */
public final class SiteProblemsException extends RuntimeException {
    private final transient List<Problem> problems;

    public SiteProblemsException(List<Problem> problems) {
        super(problems.size() + " problem(s): " + (problems.isEmpty() ? "" : problems.get(0).format()));
        this.problems = List.copyOf(problems);
    }

    public SiteProblemsException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
