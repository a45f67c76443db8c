package net.techmonitor.site.source;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the header of an AsciiDoc document with line numbers, following the AsciiDoc header grammar:
 * optional comment lines, a level-0 title ({@code = Title}), an optional author line, an optional revision
 * line, then attribute entries; the first blank line ends the header.
 *
 * <p>It is a text scan, not a conversion: it is what lets a problem point at the line of the attribute that
 * is wrong, which Asciidoctor's parsed attributes cannot do.</p>
 */
public final class AsciidocHeaderScanner {
    private static final Pattern ATTRIBUTE_ENTRY = Pattern.compile("^:(!?)([A-Za-z0-9_][A-Za-z0-9_-]*)(!?):(?:[ \\t]+(.*))?$");
    private static final Pattern DOCUMENT_TITLE = Pattern.compile("^=[ \\t]+(\\S.*)$");

    private AsciidocHeaderScanner() {
    }

    /**
     * @param lines   the document's lines, without line terminators
     * @param problem receives (line, message) for each malformed header line
     * @return the header, or null when the document has no level-0 title (and so no header)
     */
    public static SourceHeader scan(List<String> lines, BiConsumer<Integer, String> problem) {
        int index = skipCommentsAndBlanks(lines, 0);
        if (index >= lines.size()) {
            return null;
        }
        Matcher title = DOCUMENT_TITLE.matcher(lines.get(index));
        if (!title.matches()) {
            return null;
        }
        int titleLine = index + 1;
        String authorLine = null;
        int authorLineNumber = 0;
        boolean revisionLineSeen = false;
        Map<String, HeaderAttribute> attributes = new LinkedHashMap<>();
        int lastLine = titleLine;

        int endingBlankLine = 0;
        // Until the first line after the title that is not a comment: a text line then is an author line out of place.
        boolean onlyCommentsSinceTitle = true;
        for (index = index + 1; index < lines.size(); index++) {
            String line = lines.get(index);
            if (line.isBlank()) {
                endingBlankLine = index + 1;
                break;
            }
            lastLine = index + 1;
            if (line.startsWith("//")) {
                continue;
            }
            boolean afterComments = onlyCommentsSinceTitle && index > titleLine;
            onlyCommentsSinceTitle = false;
            Matcher entry = ATTRIBUTE_ENTRY.matcher(line);
            if (entry.matches()) {
                Entry read = readEntry(lines, index, entry);
                index = read.lastIndex();
                lastLine = index + 1;
                HeaderAttribute earlier = attributes.get(read.name());
                if (earlier != null) {
                    problem.accept(read.line(), "attribute ':" + read.name() + ":' is set twice (first on line " + earlier.line()
                        + "; expected each attribute once)");
                }
                if (read.unset()) {
                    attributes.remove(read.name());
                } else {
                    attributes.put(read.name(), new HeaderAttribute(read.name(), read.value(), read.line()));
                }
            } else if (attributes.isEmpty() && authorLine == null && index == titleLine) {
                authorLine = line.strip();
                authorLineNumber = index + 1;
            } else if (attributes.isEmpty() && !revisionLineSeen && authorLine != null && index == authorLineNumber) {
                revisionLineSeen = true;
            } else if (afterComments) {
                // AsciiDoc reads the author line only right below the title: below a comment it is no author line.
                problem.accept(index + 1, "unexpected line in the document header: '" + abbreviate(line)
                    + "' (an author line must come directly after the title line, with no comment between them;"
                    + " expected ':name: value' attribute entries up to the first blank line)");
            } else {
                problem.accept(index + 1, "unexpected line in the document header: '" + abbreviate(line)
                    + "' (expected ':name: value' attribute entries up to the first blank line)");
            }
        }
        Map<String, HeaderAttribute> belowHeader = endingBlankLine == 0 ? Map.of() : entriesRightBelow(lines, endingBlankLine);
        return new SourceHeader(title.group(1).strip(), titleLine, authorLine, authorLineNumber,
            Collections.unmodifiableMap(attributes), lastLine, endingBlankLine, belowHeader);
    }

    /** One attribute entry as written, its value joined across continuation lines. */
    private record Entry(String name, String value, boolean unset, int line, int lastIndex) {
    }

    private static Entry readEntry(List<String> lines, int index, Matcher entry) {
        StringBuilder value = new StringBuilder(entry.group(4) == null ? "" : entry.group(4).strip());
        int entryLine = index + 1;
        int at = index;
        // A value ending in " \" continues on the next line (AsciiDoc's soft-wrapped attribute value), as does one
        // ending in " +" (the older form); the next lines go on with the same mark, as Asciidoctor reads them.
        String mark = continuationMark(value);
        boolean open = mark != null;
        if (open) {
            value.setLength(value.length() - 2);
        }
        // An empty line ends the value even after a mark.
        while (open && at + 1 < lines.size() && !lines.get(at + 1).isEmpty()) {
            at++;
            String next = lines.get(at).strip();
            open = next.endsWith(mark);
            value.append(' ').append(open ? next.substring(0, next.length() - 2).strip() : next);
        }
        boolean unset = !entry.group(1).isEmpty() || !entry.group(3).isEmpty();
        return new Entry(entry.group(2), value.toString().strip(), unset, entryLine, at);
    }

    /**
     * The attribute entries that follow the blank line ending the header (after more blank or comment lines, if
     * any), up to the first other line. AsciiDoc reads them as part of the body, so the header never sees them;
     * keeping them lets a missing attribute be reported where the editor wrote it, with the blank line as the cause.
     */
    private static Map<String, HeaderAttribute> entriesRightBelow(List<String> lines, int blankLine) {
        Map<String, HeaderAttribute> entries = new LinkedHashMap<>();
        for (int index = blankLine; index < lines.size(); index++) {
            String line = lines.get(index);
            if (line.isBlank() || (line.startsWith("//") && !line.startsWith("////"))) {
                continue;
            }
            Matcher entry = ATTRIBUTE_ENTRY.matcher(line);
            if (!entry.matches()) {
                break;
            }
            Entry read = readEntry(lines, index, entry);
            index = read.lastIndex();
            if (!read.unset()) {
                entries.putIfAbsent(read.name(), new HeaderAttribute(read.name(), read.value(), read.line()));
            }
        }
        return Collections.unmodifiableMap(entries);
    }

    /** The mark that continues the value on the next line, {@code " \\"} or {@code " +"}, or null. */
    private static String continuationMark(StringBuilder value) {
        String text = value.toString();
        return text.endsWith(" \\") ? " \\" : text.endsWith(" +") ? " +" : null;
    }

    private static int skipCommentsAndBlanks(List<String> lines, int from) {
        int index = from;
        while (index < lines.size()) {
            String line = lines.get(index);
            if (line.startsWith("////")) {
                index++;
                while (index < lines.size() && !lines.get(index).startsWith("////")) {
                    index++;
                }
                index++;
            } else if (line.isBlank() || line.startsWith("//")) {
                index++;
            } else {
                break;
            }
        }
        return index;
    }

    private static String abbreviate(String line) {
        return line.length() <= 60 ? line : line.substring(0, 57) + "...";
    }
}
