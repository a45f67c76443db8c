package net.techmonitor.site.cache;

import net.techmonitor.site.problems.Problem;

import java.util.List;

/**
 * What converting one published file gave: its finished body (converted, links rebased, cleaned), its plain text (for search), the problems
 * found on the way, and the notices for the build's report. Problems are kept with the result, so a build that
 * reuses it reports them exactly as the build that made it did.
 */
public record Conversion(String body, String text, List<Problem> problems, List<String> notices) {
    public Conversion {
        problems = List.copyOf(problems);
        notices = List.copyOf(notices);
    }
}
