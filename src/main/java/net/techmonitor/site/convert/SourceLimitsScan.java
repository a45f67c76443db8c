package net.techmonitor.site.convert;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a document before Asciidoctor does and refuses what would cost more than its {@link ContentLimits}: over-long
 * lines, blocks and lists nested too deeply, attribute values that grow past the limit by referring to each other,
 * and includes that expand past it (each included file counted every time it is included, as Asciidoctor reads it).
 * It reads the lines as Asciidoctor's block and preprocessor grammar does, without conditionals: an upper bound,
 * which is what a limit needs. Anything it cannot foresee is left to the time limit.
 */
public final class SourceLimitsScan {
    private static final Pattern INCLUDE = Pattern.compile("^include::([^\\[]+)\\[.*]\\s*$");
    private static final Pattern ATTRIBUTE_ENTRY = Pattern.compile("^:!?([A-Za-z0-9_][A-Za-z0-9_-]*)!?:(?:\\s+(.*))?$");
    private static final Pattern REFERENCE = Pattern.compile("\\{([A-Za-z0-9_][A-Za-z0-9_-]*)}");
    /** Block delimiters; the verbatim ones hold text, not blocks, so nothing nests inside them. */
    private static final Pattern DELIMITER = Pattern.compile("^(={4,}|\\*{4,}|_{4,}|\\+{4,}|-{4,}|\\.{4,}|/{4,}|--|[|!,:]===+)\\s*$");
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(\\*+|\\.+|-)\\s+\\S.*|^\\S.*?(:{2,}|;;)(?:\\s.*)?$");

    private final ContentLimits limits;
    private final List<Finding> findings = new ArrayList<>();

    /** One limit passed, at a line of the document (0 for the document as a whole). */
    public record Finding(int line, String message) {
    }

    private SourceLimitsScan(ContentLimits limits) {
        this.limits = limits;
    }

    /** @param folder where the document's relative includes resolve */
    public static List<Finding> scan(List<String> lines, Path folder, ContentLimits limits) {
        SourceLimitsScan scan = new SourceLimitsScan(limits);
        scan.lines(lines);
        scan.nesting(lines);
        scan.attributes(lines);
        scan.includes(lines, folder);
        return List.copyOf(scan.findings);
    }

    private void lines(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).length() > limits.lineLength()) {
                findings.add(new Finding(i + 1, String.format(Locale.ROOT, "line of %,d characters (expected at most %,d: break it into"
                    + " lines; content.limit.line-length in jbake.properties)", lines.get(i).length(), limits.lineLength())));
                return;
            }
        }
    }

    private void nesting(List<String> lines) {
        Deque<String> open = new ArrayDeque<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher delimiter = DELIMITER.matcher(line);
            if (delimiter.matches()) {
                String mark = delimiter.group(1);
                if (mark.equals(open.peek())) {
                    open.pop();
                } else if (open.isEmpty() || !isVerbatim(open.peek())) {
                    open.push(mark);
                    if (open.size() > limits.nesting()) {
                        tooDeep(i + 1, "blocks");
                        return;
                    }
                }
                continue;
            }
            if (!open.isEmpty() && isVerbatim(open.peek())) {
                continue;
            }
            Matcher marker = LIST_MARKER.matcher(line);
            if (marker.matches()) {
                String mark = marker.group(1) != null ? marker.group(1) : marker.group(2);
                // '*' and '.' nest by their length; '::' by its length beyond two.
                int depth = mark.equals("-") || mark.equals(";;") ? 1 : mark.startsWith(":") ? mark.length() - 1 : mark.length();
                if (depth > limits.nesting()) {
                    tooDeep(i + 1, "list items");
                    return;
                }
            }
        }
    }

    private static boolean isVerbatim(String mark) {
        char first = mark.charAt(0);
        return mark.length() >= 4 && (first == '-' || first == '.' || first == '+' || first == '/');
    }

    private void tooDeep(int line, String what) {
        findings.add(new Finding(line, what + " nested more than " + limits.nesting() + " levels deep (expected at most "
            + limits.nesting() + "; content.limit.nesting in jbake.properties)"));
    }

    /** Each attribute's value as it would be expanded, by length only; a value past the limit is refused where it is set. */
    private void attributes(List<String> lines) {
        Map<String, Long> lengths = new HashMap<>();
        long total = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.indexOf('{') < 0 && !line.startsWith(":")) {
                total += line.length() + 1;
                continue;
            }
            Matcher entry = ATTRIBUTE_ENTRY.matcher(line);
            String value = entry.matches() ? (entry.group(2) == null ? "" : entry.group(2)) : line;
            long expanded = expandedLength(value, lengths);
            if (entry.matches()) {
                lengths.put(entry.group(1).toLowerCase(Locale.ROOT), expanded);
            } else {
                total += expanded + 1;
            }
            if (expanded > limits.expandedBytes() || total > limits.expandedBytes()) {
                findings.add(new Finding(i + 1, String.format(Locale.ROOT, "attribute references expand to more than %,d characters"
                    + " (expected a document that stays under that size once its attributes are filled in; "
                    + "content.limit.expanded-size in jbake.properties)", limits.expandedBytes())));
                return;
            }
        }
    }

    private static long expandedLength(String value, Map<String, Long> lengths) {
        long length = value.length();
        Matcher reference = REFERENCE.matcher(value);
        while (reference.find()) {
            Long referenced = lengths.get(reference.group(1).toLowerCase(Locale.ROOT));
            if (referenced != null) {
                length = Math.min(Long.MAX_VALUE / 4, length + referenced - reference.group().length());
            }
        }
        return length;
    }

    private void includes(List<String> lines, Path folder) {
        Map<Path, Long> sizes = new HashMap<>();
        long total = 0;
        for (int i = 0; i < lines.size(); i++) {
            Matcher include = INCLUDE.matcher(lines.get(i));
            if (!include.matches()) {
                total += lines.get(i).length() + 1;
                continue;
            }
            long size = expandedSize(folder, include.group(1).strip(), 1, sizes, i + 1);
            if (size < 0) {
                return;
            }
            total += size;
            if (total > limits.expandedBytes()) {
                findings.add(new Finding(i + 1, String.format(Locale.ROOT, "includes expand the document to more than %,d characters"
                    + " (expected a document that stays under that size with every include read in, each as often as it is"
                    + " included; content.limit.expanded-size in jbake.properties)", limits.expandedBytes())));
                return;
            }
        }
    }

    /** The size of an included file with its own includes read in; -1 once a finding was made. */
    private long expandedSize(Path folder, String target, int depth, Map<Path, Long> sizes, int line) {
        if (target.contains("{") || target.contains("://")) {
            return 0; // resolved only by Asciidoctor; the time limit covers it
        }
        Path file = folder.resolve(target).normalize();
        if (!Files.isRegularFile(file)) {
            return 0; // Asciidoctor reports it
        }
        if (depth > limits.includeDepth()) {
            findings.add(new Finding(line, "includes nested more than " + limits.includeDepth() + " deep (expected at most "
                + limits.includeDepth() + "; content.limit.include-depth in jbake.properties)"));
            return -1;
        }
        Long known = sizes.get(file);
        if (known != null) {
            return known;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return 0; // not readable as text: Asciidoctor reports it
        }
        long size = 0;
        for (String text : lines) {
            Matcher include = INCLUDE.matcher(text);
            long part = include.matches() ? expandedSize(file.getParent(), include.group(1).strip(), depth + 1, sizes, line) : text.length() + 1;
            if (part < 0) {
                return -1;
            }
            size = Math.min(Long.MAX_VALUE / 4, size + part);
        }
        sizes.put(file, size);
        return size;
    }
}
