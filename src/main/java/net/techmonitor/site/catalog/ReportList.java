package net.techmonitor.site.catalog;

/**
 * A list the generator builds from the content and shows in the report below a page's text ({@code :report-list:}
 * of a page that has a {@code :report-section:}), for a section of the report that lists records of the site.
 */
public enum ReportList implements WrittenForm {
    /** The partner institutions of the period, as in the report's list of partner institutions. */
    PARTNERS("partners"),
    /** The issues of the Asia-Pacific Tech Monitor of the period, as in the report's list of publications. */
    ISSUES("issues");

    private final String written;

    ReportList(String written) {
        this.written = written;
    }

    @Override
    public String written() {
        return written;
    }
}
