package net.techmonitor.site.catalog;

/** Whether a technology entry of an issue offers a technology or asks for one ({@code :kind:}). */
public enum TechnologyKind implements WrittenForm {
    OFFER("offer", "Technology offer", "Technology offers", "offers"),
    REQUEST("request", "Technology request", "Technology requests", "requests");

    private final String written;
    private final String label;
    private final String plural;
    private final String segment;

    TechnologyKind(String written, String label, String plural, String segment) {
        this.written = written;
        this.label = label;
        this.plural = plural;
        this.segment = segment;
    }

    @Override
    public String written() {
        return written;
    }

    /** "Technology offer": one entry's kind as a page shows it. */
    public String label() {
        return label;
    }

    /** "Technology offers": the heading of a list of entries of this kind. */
    public String plural() {
        return plural;
    }

    /** The URL segment of the list of entries of this kind: {@code offers}. */
    public String segment() {
        return segment;
    }
}
