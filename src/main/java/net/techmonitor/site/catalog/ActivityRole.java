package net.techmonitor.site.catalog;

/** The Centre's part in an activity ({@code :role:}), phrased as the Centre's report phrases it. */
public enum ActivityRole implements WrittenForm {
    ORGANIZED("organized", "Organized by the Centre"),
    JOINTLY_ORGANIZED("jointly-organized", "Jointly organized by the Centre"),
    CO_ORGANIZED("co-organized", "Co-organized by the Centre"),
    SUPPORTED("supported", "Supported by the Centre"),
    CONTRIBUTED("contributed", "The Centre contributed");

    private final String written;
    private final String label;

    ActivityRole(String written, String label) {
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
