package net.techmonitor.site.source;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The part of a document its converted body depends on: its text with the values of the site's metadata attributes
 * left out, where the document cannot read them. A theme added to an article's header then changes its pages and
 * listings, but not its body, which is not converted again (starting Asciidoctor's Ruby alone costs a second).
 *
 * <p>Asciidoctor's HTML converter, converting a body without its header ({@code standalone} off), reads none of the
 * {@link #METADATA} attributes: they are the site's own, read by the catalog from the header. A document could still
 * read one, through a reference ({@code {themes}}, {@code {counter:order}}, also in another attribute's value) or a
 * conditional ({@code ifdef::doi[]}), or through a file it includes; then nothing is left out of it. Only a value on
 * one line that Asciidoctor sets as written (see {@link #oneLineWithoutReference}) and that is no longer than a line
 * may be is left out, and its line stays, so that the line numbers of the problems kept with the conversion are the
 * same either way.</p>
 */
public final class ConversionInput {
    /**
     * The header attributes the site reads as metadata, none of them one of Asciidoctor's own (its attribute catalogue)
     * or read by its HTML converter. {@code description} is not among them: Asciidoctor's own.
     */
    static final Set<String> METADATA = Set.of("jbake-type", "jbake-status", "jbake-date", "themes", "country", "countries",
        "section", "order", "volume", "number", "published-date", "issue-status", "event-status", "start-date", "end-date",
        "listed-in-reports", "doi", "website", "contact", "report-section", "report-list", "programme", "pledges", "period",
        "participants", "partners", "organizers", "co-organizers", "in-cooperation-with", "decision", "cover", "cover-alt",
        "city", "kind", "role");

    /** The numbered authors' attributes ({@code :orcid_2:}), and the first author's unnumbered ones. */
    private static final java.util.regex.Pattern AUTHOR_METADATA = java.util.regex.Pattern.compile("(orcid|affiliation)(_[0-9]+)?");

    private static final List<String> CONDITIONALS = List.of("ifdef::", "ifndef::", "ifeval::");

    private ConversionInput() {
    }

    /** Whether a header attribute of this name is one of the site's metadata (numbered authors' ones included). */
    static boolean isMetadata(String name) {
        return METADATA.contains(name) || (name.startsWith("orcid") || name.startsWith("affiliation"))
            && AUTHOR_METADATA.matcher(name).matches();
    }

    /**
     * The text as Asciidoctor's output depends on it: this one, less the values no part of it can read.
     *
     * @param lineLimit the longest line the conversion accepts ({@code content.limit.line-length}): a longer line is
     *                  a problem of the conversion, so a value on one is kept
     */
    public static String of(SourceText text, SourceHeader header, int lineLimit) {
        if (text.text().contains("include::")) {
            return text.text();
        }
        List<String> lines = text.lines();
        Set<Integer> leftOut = new HashSet<>();
        for (HeaderAttribute attribute : header.attributes().values()) {
            int index = attribute.line() - 1;
            if (isMetadata(attribute.name()) && index < lines.size() && lines.get(index).length() <= lineLimit
                && oneLineWithoutReference(lines.get(index), attribute) && (index == 0 || !continues(lines.get(index - 1)))) {
                leftOut.add(index);
            }
        }
        if (leftOut.isEmpty()) {
            return text.text();
        }
        Set<String> read = namesRead(lines, leftOut);
        StringBuilder input = new StringBuilder(text.text().length());
        for (int index = 0; index < lines.size(); index++) {
            if (index > 0) {
                input.append('\n');
            }
            String line = lines.get(index);
            if (leftOut.contains(index)) {
                String name = line.substring(1, line.indexOf(':', 1));
                if (!read.contains(name.toLowerCase(Locale.ROOT))) {
                    input.append(':').append(name).append(':');
                    continue;
                }
            }
            input.append(line);
        }
        return input.toString();
    }

    /**
     * {@code :name: value} on its line alone, with no continuation to the next line, and nothing in the value that
     * Asciidoctor works on as it sets it: no reference, no {@code pass:} macro (whose substitutions can register a
     * footnote with the document), and no {@code http://} address (whose line an insecure resource in the body is
     * reported at).
     */
    private static boolean oneLineWithoutReference(String line, HeaderAttribute attribute) {
        return line.startsWith(":" + attribute.name() + ":") && line.indexOf('{') < 0 && !continues(line)
            && !line.contains("pass:") && !line.contains("http://");
    }

    /** A value ending in {@code " \"} (or the older {@code " +"}) goes on on the next line. */
    private static boolean continues(String line) {
        String end = line.stripTrailing();
        return end.endsWith("\\") || end.endsWith(" +");
    }

    /**
     * The metadata names the document could read, in lower case (Asciidoctor reads names in any case): those inside a
     * brace or on a conditional's line anywhere but on the lines left out. A name inside a longer one ({country-code})
     * counts too: wrongly keeping a value only costs a conversion.
     */
    private static Set<String> namesRead(List<String> lines, Set<Integer> leftOut) {
        Set<String> read = new HashSet<>();
        for (int index = 0; index < lines.size(); index++) {
            if (leftOut.contains(index)) {
                continue;
            }
            String line = lines.get(index);
            boolean conditional = CONDITIONALS.stream().anyMatch(line::contains);
            if (!conditional && line.indexOf('{') < 0) {
                continue;
            }
            String lower = line.toLowerCase(Locale.ROOT);
            for (int open = conditional ? 0 : lower.indexOf('{'); open >= 0; open = lower.indexOf('{', open + 1)) {
                int close = conditional ? -1 : lower.indexOf('}', open);
                addNamesIn(lower.substring(open, close < 0 ? lower.length() : close), read);
                if (conditional) {
                    break;
                }
            }
        }
        return read;
    }

    /** Adds every metadata name inside each word of {@code part}: {country-code} holds country, {x-themes} themes. */
    private static void addNamesIn(String part, Set<String> read) {
        int at = 0;
        while (at < part.length()) {
            while (at < part.length() && !isNameCharacter(part.charAt(at))) {
                at++;
            }
            int end = at;
            while (end < part.length() && isNameCharacter(part.charAt(end))) {
                end++;
            }
            for (int from = at; from < end; from++) {
                for (int to = from + 1; to <= end; to++) {
                    String name = part.substring(from, to);
                    if (isMetadata(name)) {
                        read.add(name);
                    }
                }
            }
            at = end;
        }
    }

    private static boolean isNameCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_';
    }
}
