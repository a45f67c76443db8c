package net.techmonitor.site.convert;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the line an Asciidoctor warning is about when Asciidoctor gives none (it reports missing attribute
 * references and refused includes without a cursor), so the editor still gets {@code file:line}.
 */
public final class WarningLines {
    private static final Pattern MISSING_ATTRIBUTE = Pattern.compile("missing attribute: (\\S+)");

    private WarningLines() {
    }

    /** @return the 1-based line the message is most likely about, or 0 when nothing in the text points to one */
    public static int locate(List<String> lines, String message) {
        Matcher missing = MISSING_ATTRIBUTE.matcher(message);
        if (missing.find()) {
            return firstLineContaining(lines, "{" + missing.group(1) + "}");
        }
        if (message.contains("ancestor of jail") || message.contains("outside of jail") || message.contains("include")) {
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.startsWith("include::") && (line.contains("..") || line.startsWith("include::/") || line.contains("://"))) {
                    return i + 1;
                }
            }
            return firstLineContaining(lines, "include::");
        }
        return 0;
    }

    /** The 1-based line of the first line that contains {@code needle}, or 0. */
    public static int firstLineContaining(List<String> lines, String needle) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        return 0;
    }
}
