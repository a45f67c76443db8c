package net.techmonitor.site.catalog;

/** Whether an issue is out or still in press ({@code :issue-status:}). */
public enum IssueStatus implements WrittenForm {
    IN_PRESS("in-press", "In press"),
    PUBLISHED("published", "Published");

    private final String written;
    private final String label;

    IssueStatus(String written, String label) {
        this.written = written;
        this.label = label;
    }

    @Override
    public String written() {
        return written;
    }

    public String label() {
        return label;
    }
}
