package net.techmonitor.site.render.pdf;

import net.techmonitor.site.render.view.PageViews;

import java.util.List;
import java.util.Map;

/** What the print templates read as {@code page}: the pages' own views, and what a PDF adds around them. */
public final class PrintViews {
    private PrintViews() {
    }

    /**
     * An article's print view.
     *
     * @param view            the view its page is rendered from
     * @param journal         the periodical's name
     * @param volumeAndNumber its issue's "Vol. 35, No. 3", or ""
     * @param anchor          in an issue's PDF, the id its title is given (the contents link to it); "" in its own
     */
    public record ArticlePrint(PageViews.ArticleView view, String journal, String volumeAndNumber, String anchor) {
    }

    /**
     * An issue's print view.
     *
     * @param articles its articles, in the order of its contents
     * @param anchors  each article's anchor by its page's URL, for the contents
     */
    public record IssuePrint(PageViews.IssueView view, String journal, List<ArticlePrint> articles, Map<String, String> anchors) {
    }
}
