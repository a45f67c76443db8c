package net.techmonitor.site.source;

import net.techmonitor.site.source.DocumentKind;

import net.techmonitor.site.reference.IssueId;
import net.techmonitor.site.reference.Slugs;

import java.util.Optional;

/**
 * What a file's place under {@code content/} says it is: its kind, the folder id (issue id, year) and its
 * own name. A file's {@code :jbake-type:} must agree with its place, so an article can only be in an issue.
 *
 * @param folder the issue id (of an issue, its articles and its technology offers and requests) or year folder, or null
 *               for kinds without one
 * @param name   the slug, id or year taken from the file name; null for an issue's index
 */
public record ContentPlace(DocumentKind kind, String folder, String name) {

    public static final String ADOC = ".adoc";
    /** The folder of an issue that holds its technology offers and requests: {@code issues/2018-q3/technology/}. */
    public static final String TECHNOLOGY_FOLDER = "technology";

    /**
     * @param contentPath the path inside {@code content/}, with '/' separators: {@code issues/2018-q3/x.adoc}
     * @return the place, or a problem message saying what was expected
     */
    public static Result of(String contentPath) {
        String[] parts = contentPath.split("/");
        String file = parts[parts.length - 1];
        String base = stripExtension(file);
        if (parts.length == 3 && parts[0].equals("issues")) {
            if (IssueId.parse(parts[1]).isEmpty()) {
                return notAnIssue(parts[1]);
            }
            if (base.equals("index")) {
                return Result.of(new ContentPlace(DocumentKind.ISSUE, parts[1], null));
            }
            return slugged(DocumentKind.ARTICLE, parts[1], base);
        }
        // An issue's technology offers and requests sit in a folder of their own, so that their slugs never meet the
        // articles' and the issue's folder still reads as its table of contents.
        if (parts.length == 4 && parts[0].equals("issues") && parts[2].equals(TECHNOLOGY_FOLDER)) {
            if (IssueId.parse(parts[1]).isEmpty()) {
                return notAnIssue(parts[1]);
            }
            return slugged(DocumentKind.TECHNOLOGY, parts[1], base);
        }
        if (parts.length == 3 && parts[0].equals("activities")) {
            if (!parts[1].matches("\\d{4}")) {
                return Result.problem("activity folder '" + parts[1] + "' is not a year (expected content/activities/<year>/<slug>.adoc, e.g. activities/2018/)");
            }
            return slugged(DocumentKind.ACTIVITY, parts[1], base);
        }
        if (parts.length == 2) {
            switch (parts[0]) {
                case "themes":
                    return slugged(DocumentKind.THEME, null, base);
                case "partners":
                    return slugged(DocumentKind.PARTNER, null, base);
                case "pages":
                    return slugged(DocumentKind.PAGE, null, base);
                case "contributions":
                    return base.matches("\\d{4}")
                        ? Result.of(new ContentPlace(DocumentKind.CONTRIBUTIONS, null, base))
                        : Result.problem("contributions file '" + file + "' is not named by its year (expected content/contributions/<year>.adoc)");
                default:
                    break;
            }
        }
        return Result.problem("file is not in a content folder (expected one of: issues/<issue-id>/index.adoc, "
            + "issues/<issue-id>/<slug>.adoc, issues/<issue-id>/technology/<slug>.adoc, activities/<year>/<slug>.adoc, themes/<theme-id>.adoc, "
            + "partners/<partner-id>.adoc, pages/<slug>.adoc, contributions/<year>.adoc)");
    }

    private static Result notAnIssue(String folder) {
        return Result.problem("issue folder '" + folder + "' is not an issue id (expected YYYY-qN, the quarter of the cover period, e.g. issues/2018-q3/)");
    }

    private static Result slugged(DocumentKind kind, String folder, String slug) {
        if (!Slugs.isValid(slug)) {
            return Result.problem("file name '" + slug + "' is not a valid " + (kind == DocumentKind.THEME || kind == DocumentKind.PARTNER ? "id" : "slug")
                + " (expected lower-case ASCII words joined by '-', e.g. " + Slugs.of(slug.isBlank() ? "new-page" : slug) + ")");
        }
        return Result.of(new ContentPlace(kind, folder, slug));
    }

    static String stripExtension(String file) {
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    /** Either a place or the reason there is none. */
    public record Result(Optional<ContentPlace> place, String problem) {
        static Result of(ContentPlace place) {
            return new Result(Optional.of(place), null);
        }

        static Result problem(String message) {
            return new Result(Optional.empty(), message);
        }
    }
}
