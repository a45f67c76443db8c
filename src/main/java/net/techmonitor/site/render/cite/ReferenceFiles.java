package net.techmonitor.site.render.cite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An article's reference as the files readers import into their reference managers: RIS, BibTeX and CSL-JSON, each
 * UTF-8 text with every value the reference has and no other.
 */
public final class ReferenceFiles {
    /** The media types the page's links name. */
    public static final String RIS_TYPE = "application/x-research-info-systems";
    public static final String BIBTEX_TYPE = "application/x-bibtex";
    public static final String CSL_JSON_TYPE = "application/vnd.citationstyles.csl+json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReferenceFiles() {
    }

    /**
     * RIS: {@code TY  - JOUR} first, {@code ER  - } last, one {@code XX  - value} line for each value, lines ended
     * by CR LF as the format's specification has them.
     */
    public static String ris(ArticleReference reference) {
        List<String> lines = new ArrayList<>();
        lines.add(risLine("TY", "JOUR"));
        lines.add(risLine("TI", reference.title()));
        for (ArticleReference.Name author : reference.authors()) {
            lines.add(risLine("AU", author.literal() != null ? author.literal() : author.family() + ", " + author.given()));
        }
        lines.add(risLine("PY", String.valueOf(reference.date().getYear())));
        lines.add(risLine("DA", String.format("%04d/%02d/%02d", reference.date().getYear(), reference.date().getMonthValue(),
            reference.date().getDayOfMonth())));
        lines.add(risLine("T2", reference.periodical()));
        if (reference.volume() != null) {
            lines.add(risLine("VL", reference.volume().toString()));
        }
        if (reference.number() != null) {
            lines.add(risLine("IS", reference.number().toString()));
        }
        lines.add(risLine("PB", reference.publisher()));
        if (reference.doi() != null) {
            lines.add(risLine("DO", reference.doi()));
        }
        lines.add(risLine("UR", reference.url()));
        lines.add("ER  - ");
        return String.join("\r\n", lines) + "\r\n";
    }

    private static String risLine(String tag, String value) {
        return tag + "  - " + oneLine(value);
    }

    /**
     * BibTeX: one {@code @article} entry; LaTeX's special characters in its values escaped, each name as
     * {@code Family, Given} or, kept whole, in braces; {@code date} (biblatex's) beside {@code year}.
     */
    public static String bibtex(ArticleReference reference) {
        List<String> fields = new ArrayList<>();
        fields.add(bibField("author", reference.authors().stream().map(ReferenceFiles::bibName).collect(Collectors.joining(" and "))));
        fields.add(bibField("title", latex(reference.title())));
        fields.add(bibField("journal", latex(reference.periodical())));
        fields.add(bibField("year", String.valueOf(reference.date().getYear())));
        fields.add(bibField("date", reference.date().toString()));
        if (reference.volume() != null) {
            fields.add(bibField("volume", reference.volume().toString()));
        }
        if (reference.number() != null) {
            fields.add(bibField("number", reference.number().toString()));
        }
        fields.add(bibField("publisher", latex(reference.publisher())));
        // biblatex and BibTeX's styles read doi verbatim, as url: its '_' and '%' stay as written.
        if (reference.doi() != null && bracesPair(reference.doi())) {
            fields.add(bibField("doi", oneLine(reference.doi())));
        }
        fields.add(bibField("url", reference.url()));
        return "@article{" + reference.key() + ",\n" + String.join(",\n", fields) + "\n}\n";
    }

    private static String bibField(String name, String value) {
        return "  " + name + " = {" + value + "}";
    }

    /**
     * Whether a verbatim value's braces pair, as BibTeX needs of any braced value: an unpaired one would end the
     * field or the entry. A DOI whose braces do not pair (the DOI system allows it, none is known) is left out of the
     * entry rather than changed; the page and the other files still give it.
     */
    private static boolean bracesPair(String value) {
        int depth = 0;
        for (char c : value.toCharArray()) {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    private static String bibName(ArticleReference.Name name) {
        if (name.literal() != null) {
            return "{" + latex(name.literal()) + "}";
        }
        return braceIfAnd(latex(name.family())) + ", " + braceIfAnd(latex(name.given()));
    }

    /** A part of a name with the word "and" in it, braced so that BibTeX does not take it for two names. */
    private static String braceIfAnd(String part) {
        return (" " + part + " ").toLowerCase(java.util.Locale.ROOT).contains(" and ") ? "{" + part + "}" : part;
    }

    /** Text as LaTeX reads it: its ten special characters escaped. */
    static String latex(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : oneLine(text).toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** CSL-JSON: an array of the one item, as citeproc processors and reference managers read it. */
    public static String cslJson(ArticleReference reference) {
        ArrayNode items = JSON.createArrayNode();
        ObjectNode item = items.addObject();
        item.put("id", reference.key());
        item.put("type", "article-journal");
        item.put("title", reference.title());
        ArrayNode authors = item.putArray("author");
        for (ArticleReference.Name name : reference.authors()) {
            ObjectNode author = authors.addObject();
            if (name.literal() != null) {
                author.put("literal", name.literal());
            } else {
                author.put("family", name.family());
                author.put("given", name.given());
            }
        }
        item.putObject("issued").putArray("date-parts").addArray()
            .add(reference.date().getYear()).add(reference.date().getMonthValue()).add(reference.date().getDayOfMonth());
        item.put("container-title", reference.periodical());
        if (reference.volume() != null) {
            item.put("volume", reference.volume().toString());
        }
        if (reference.number() != null) {
            item.put("issue", reference.number().toString());
        }
        item.put("publisher", reference.publisher());
        if (reference.doi() != null) {
            item.put("DOI", reference.doi());
        }
        item.put("URL", reference.url());
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(items) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the CSL-JSON of " + reference.key(), e);
        }
    }

    /** Header values are one line already; a line end would end a RIS value or a BibTeX line, so none gets through. */
    private static String oneLine(String value) {
        return value.replaceAll("[\\r\\n]+", " ");
    }
}
