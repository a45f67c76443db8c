package net.techmonitor.site.source;

import java.util.Arrays;
import java.util.Optional;

/** The content types of docs/content-format.md (plus yearly contributions), by their {@code :jbake-type:}. */
public enum DocumentKind {
    ISSUE("issue", "content/issues/<issue-id>/index.adoc"),
    ARTICLE("article", "content/issues/<issue-id>/<slug>.adoc"),
    TECHNOLOGY("technology", "content/issues/<issue-id>/technology/<slug>.adoc"),
    ACTIVITY("activity", "content/activities/<year>/<slug>.adoc"),
    THEME("theme", "content/themes/<theme-id>.adoc"),
    PARTNER("partner", "content/partners/<partner-id>.adoc"),
    PAGE("page", "content/pages/<slug>.adoc"),
    CONTRIBUTIONS("contributions", "content/contributions/<year>.adoc");

    private final String type;
    private final String place;

    DocumentKind(String type, String place) {
        this.type = type;
        this.place = place;
    }

    /** The {@code :jbake-type:} value, also JBake's document type and the template's name. */
    public String type() {
        return type;
    }

    /** Where files of this kind live, as docs/content-format.md writes it. */
    public String place() {
        return place;
    }

    public static Optional<DocumentKind> ofType(String type) {
        return Arrays.stream(values()).filter(kind -> kind.type.equals(type)).findFirst();
    }

    public static String allTypes() {
        return String.join(", ", Arrays.stream(values()).map(DocumentKind::type).toList());
    }
}
