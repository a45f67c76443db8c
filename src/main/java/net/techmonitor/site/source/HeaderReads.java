package net.techmonitor.site.source;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The reads of one file's header attributes by a stage that checks them (the crawl reads the type and status, the
 * catalog the rest), and the two problems that depend on what was read rather than on the header alone.
 *
 * <p>An attribute the editor wrote below the blank line that ends the header is plainly in the file, but AsciiDoc
 * reads it as part of the body. Each such attribute a stage reads, required or optional, is noted, and all are
 * reported together at the blank line, the one place to fix them; a required one among them is not also reported
 * missing. Attributes no stage reads ({@code :toc:}) may stand in the body, as AsciiDoc allows.</p>
 */
public final class HeaderReads {
    private final SourceHeader header;
    private final BiConsumer<Integer, String> problem;
    private final Map<String, HeaderAttribute> readBelowHeader = new LinkedHashMap<>();

    /** @param problem receives (line, message) for each problem found */
    public HeaderReads(SourceHeader header, BiConsumer<Integer, String> problem) {
        this.header = header;
        this.problem = problem;
    }

    /** The attribute's value as written in the header; a read of one written below the header is noted. */
    public Optional<String> value(String name) {
        header.writtenBelowHeader(name).ifPresent(entry -> readBelowHeader.putIfAbsent(name, entry));
        return header.value(name);
    }

    /** Reports a required attribute the header lacks, at the title; unless it was written below the header. */
    public void missing(String name, String expected) {
        if (header.writtenBelowHeader(name).isEmpty()) {
            problem.accept(header.titleLine(), "missing required attribute ':" + name + ":' (expected " + expected + ")");
        }
    }

    /** After a stage's reads: one problem, at the blank line, naming every attribute it read from below the header. */
    public void reportBelowHeader() {
        if (readBelowHeader.isEmpty()) {
            return;
        }
        List<HeaderAttribute> entries = readBelowHeader.values().stream().sorted(Comparator.comparingInt(HeaderAttribute::line)).toList();
        String names = String.join(", ", entries.stream().map(entry -> "':" + entry.name() + ":'").toList());
        int first = entries.get(0).line();
        int last = entries.get(entries.size() - 1).line();
        String lines = first == last ? "on line " + first : "on lines " + first + "–" + last;
        problem.accept(header.endingBlankLine(), "this blank line ends the header, so " + names + " " + lines + " below it "
            + (entries.size() == 1 ? "is" : "are") + " not read (expected no blank line between the title and the header's last"
            + " ':name: value' line)");
    }
}
