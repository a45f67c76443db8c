package net.techmonitor.site.pipeline;

import net.techmonitor.site.problems.ProblemCollector;

import java.util.List;

/**
 * Every HTML page the build writes carries the layout's Content-Security-Policy, which keeps scripts to the site's
 * own files. A template that does not use the layout (or an empty one) would publish pages without it; the build
 * fails instead.
 */
final class PagePolicyCheck {
    private PagePolicyCheck() {
    }

    /**
     * @param plan what was copied as it is: an HTML file copied from content/ (only possible under
     *             {@code content.raw-html=trusted}) is the site's own, not a page the templates wrote
     */
    static void check(LinkChecker.SiteLinks links, FilePlan plan, ProblemCollector problems) {
        java.util.Set<String> copied = new java.util.HashSet<>();
        plan.files().forEach(file -> copied.add(file.outputPath()));
        List<String> without = links.pagesWithoutPolicy().stream().filter(page -> !copied.contains(page)).toList();
        if (without.isEmpty()) {
            return;
        }
        problems.add("render", "templates/", 0, without.size() + " page(s) without the layout's Content-Security-Policy, e.g. "
            + without.get(0) + " (expected every page's template to use layout.ftlh, which sets the policy in the page's head)");
    }
}
