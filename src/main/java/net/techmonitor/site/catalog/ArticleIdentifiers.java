package net.techmonitor.site.catalog;

import net.techmonitor.site.source.HeaderAttribute;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads who an article is by and what identifies it: the author line, each author's ORCID iD and affiliation, and
 * the article's DOI. Indexers (Google Scholar, Crossref, ORCID) match on these, so a malformed one is refused rather
 * than published.
 *
 * <p>The first author's are {@code :orcid:} and {@code :affiliation:}, the second's {@code :orcid_2:} and
 * {@code :affiliation_2:}, and so on in the author line's order: the numbering of AsciiDoc's own author attributes
 * ({@code :author:}, {@code :author_2:}, {@code :email_2:}).</p>
 */
final class ArticleIdentifiers {
    private static final Pattern NUMBERED = Pattern.compile("(orcid|affiliation)_([0-9]+)");
    private static final String NUMBERING = "':orcid:' and ':affiliation:' for the first author, ':orcid_2:' and"
        + " ':affiliation_2:' for the second, and so on in the author line's order";

    private ArticleIdentifiers() {
    }

    /** The article's DOI, or null: none written, or a malformed one reported. */
    static Doi doi(HeaderFields fields) {
        Optional<String> written = fields.optional("doi");
        if (written.isEmpty()) {
            return null;
        }
        String value = written.get();
        Optional<Doi> doi = Doi.parse(value);
        if (doi.isPresent()) {
            return doi.get();
        }
        Optional<String> bare = Doi.insideLink(value);
        if (bare.isPresent()) {
            fields.problem(fields.lineOf("doi"), "DOI written as a link '" + value + "' in :doi: (expected the DOI alone, ':doi: "
                + bare.get() + "': the site links it to https://doi.org/ itself)");
        } else {
            fields.problem(fields.lineOf("doi"), "bad DOI '" + value + "' in :doi: (expected a DOI as its registration agency gives it:"
                + " '10.', the registrant's digits, '/', then the suffix, without spaces, e.g. ':doi: 10.5555/12345678')");
        }
        return null;
    }

    /** The authors, each with what their numbered attributes say; an empty list after reporting a missing author. */
    static List<Author> authors(HeaderFields fields) {
        List<String> names = names(fields);
        if (names.isEmpty()) {
            return List.of();
        }
        List<Author> authors = new ArrayList<>();
        for (int place = 1; place <= names.size(); place++) {
            String orcidName = attribute("orcid", place);
            OrcidId orcid = numbered(fields, "orcid", place).flatMap(written -> orcid(fields, orcidName, written)).orElse(null);
            List<String> affiliations = numbered(fields, "affiliation", place).map(written -> Arrays.stream(written.split(";"))
                .map(String::strip).filter(item -> !item.isEmpty()).toList()).orElse(List.of());
            authors.add(new Author(names.get(place - 1), orcid, affiliations));
        }
        checkNumbering(fields, names.size());
        return authors;
    }

    private static List<String> names(HeaderFields fields) {
        String line = fields.header().authorLine();
        String expected = "(expected the authors on the line after the title, separated by ';', e.g. 'First Author; Second Author':"
            + " every article has at least one, and Google Scholar indexes none without)";
        if (line == null || line.isBlank()) {
            fields.problem(fields.header().titleLine(), "missing author line " + expected);
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String author : line.split(";")) {
            // AsciiDoc allows "Name <email>"; the email is not shown on the site.
            String name = author.replaceAll("<[^<>\\s]+@[^<>\\s]+>", "").strip();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        if (names.isEmpty()) {
            fields.problem(fields.header().authorLineNumber(), "the author line '" + line + "' names no author " + expected);
        }
        return names;
    }

    /** The attribute of the author at this place: {@code orcid} for the first, {@code orcid_2} for the second. */
    private static String attribute(String base, int place) {
        return place == 1 ? base : base + "_" + place;
    }

    private static Optional<String> numbered(HeaderFields fields, String base, int place) {
        return fields.optional(attribute(base, place));
    }

    private static Optional<OrcidId> orcid(HeaderFields fields, String name, String written) {
        Optional<OrcidId> orcid = OrcidId.parse(written);
        if (orcid.isPresent()) {
            return orcid;
        }
        Optional<String> bare = OrcidId.insideLink(written);
        if (bare.isPresent()) {
            fields.problem(fields.lineOf(name), "ORCID iD written as a link '" + written + "' in :" + name + ": (expected the iD alone, ':"
                + name + ": " + bare.get() + "': the site links it to https://orcid.org/ itself)");
        } else {
            fields.problem(fields.lineOf(name), "bad ORCID iD '" + written + "' in :" + name + ": (expected the iD as ORCID gives it:"
                + " four groups of four digits joined by '-', the last character a check digit or X that agrees with the others,"
                + " e.g. ':" + name + ": 0000-0002-1825-0097')");
        }
        return Optional.empty();
    }

    /**
     * A numbered attribute the reading above did not read would vanish without a word: one for an author the line
     * does not name, {@code _1} (the first author's has no number), or a number written with a leading zero.
     */
    private static void checkNumbering(HeaderFields fields, int authors) {
        for (HeaderAttribute attribute : fields.header().attributes().values()) {
            Matcher matcher = NUMBERED.matcher(attribute.name());
            if (!matcher.matches()) {
                continue;
            }
            String digits = matcher.group(2);
            int place = digits.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(digits);
            String name = attribute.name();
            if (place >= 2 && place <= authors && digits.equals(String.valueOf(place))) {
                continue;
            }
            String base = matcher.group(1);
            String problem;
            if (place == 1 && digits.equals("1")) {
                problem = "':" + name + ":' is the first author's, which has no number (expected ':" + base + ":' for the first"
                    + " author, as AsciiDoc's own ':author:' and ':email:', then ':" + base + "_2:' for the second)";
            } else if (place >= 2 && place <= authors) {
                problem = "':" + name + ":' is written with a leading zero (expected ':" + base + "_" + place + ":' for author "
                    + place + ")";
            } else if (place > authors && place != Integer.MAX_VALUE && digits.equals(String.valueOf(place))) {
                problem = "':" + name + ":' is for author " + place + ", and the author line names " + authors
                    + (authors == 1 ? " author" : " authors") + " (expected " + NUMBERING + ")";
            } else {
                problem = "':" + name + ":' numbers no author (expected " + NUMBERING + ")";
            }
            fields.problem(attribute.line(), problem);
        }
    }
}
