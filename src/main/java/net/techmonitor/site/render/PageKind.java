package net.techmonitor.site.render;

/**
 * Every kind of page, each with its JBake document type (which names its template, {@code <type>.ftlh}).
 * The first eight come from content files; the others are generated from the catalog.
 */
public enum PageKind {
    ISSUE("issue", false),
    ARTICLE("article", false),
    TECHNOLOGY("technology", false),
    ACTIVITY("activity", false),
    THEME("theme", false),
    PARTNER("partner", false),
    PAGE("page", false),
    CONTRIBUTIONS("contributions", false),
    HOME("home", true),
    ISSUE_ARCHIVE("issue-archive", true),
    ACTIVITY_INDEX("activity-index", true),
    ACTIVITY_YEAR("activity-year", true),
    PROGRAMME("programme", true),
    THEME_INDEX("theme-index", true),
    COUNTRY("country", true),
    COUNTRY_INDEX("country-index", true),
    PARTNER_INDEX("partner-index", true),
    NOT_FOUND("not-found", true),
    REPORT("report", true),
    STATISTICS("statistics", true),
    SEARCH("search", true),
    TECHNOLOGY_INDEX("technology-index", true),
    TECHNOLOGY_LIST("technology-list", true);

    private final String type;
    private final boolean generated;

    PageKind(String type, boolean generated) {
        this.type = type;
        this.generated = generated;
    }

    public String type() {
        return type;
    }

    public boolean generated() {
        return generated;
    }

    public String template() {
        return type + ".ftlh";
    }

    public static PageKind ofType(String type) {
        for (PageKind kind : values()) {
            if (kind.type.equals(type)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("no page kind for document type '" + type + "'");
    }
}
