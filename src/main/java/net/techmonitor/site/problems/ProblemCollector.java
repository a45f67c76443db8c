package net.techmonitor.site.problems;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem of a build so an editor sees all of them at once, not one per run.
 * Thread-safe because AsciiDoc conversion reports from several threads.
 */
public final class ProblemCollector {
    private final List<Problem> problems = new ArrayList<>();

    public synchronized void add(Problem problem) {
        problems.add(problem);
    }

    public void add(String stage, String path, int line, String message) {
        add(new Problem(stage, path, line, message));
    }

    public synchronized int size() {
        return problems.size();
    }

    public synchronized boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Sorted by file and line, duplicates removed, so output is stable from run to run. */
    public synchronized List<Problem> sorted() {
        return problems.stream().distinct().sorted().toList();
    }

    /** Stops the build if anything was reported; called between stages. */
    public void throwIfAny() {
        if (!isEmpty()) {
            throw new SiteProblemsException(sorted());
        }
    }
}
