package net.techmonitor.site.scaffold;

import net.techmonitor.site.scaffold.OptionValueCheck.RefusedValueException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The header being written, in order, remembering which attributes are still to be filled and what gave each value. */
final class ScaffoldHeader {
    private final String title;
    private String authorLine;
    private boolean authorsWanted;
    private final List<Line> lines = new ArrayList<>();
    final List<String> gaps = new ArrayList<>();

    /** @param value null for a comment line; @param from what gave the value ("--city"), for messages, or null */
    private record Line(String text, String value, String from) {
    }

    /** @param fromByLine what gave the value on each line, by line number, for refusals */
    record Rendered(String text, int titleLine, Map<Integer, String> fromByLine) {
    }

    ScaffoldHeader(String title) {
        this.title = title.strip();
    }

    void authorLine(String authors) {
        authorsWanted = true;
        if (authors == null || authors.isBlank()) {
            gaps.add("the author line (the line right below the title: the authors, separated by ';')");
        } else {
            authorLine = authors.strip();
        }
    }

    void fixed(String name, String value) {
        lines.add(new Line(":" + name + ":", value, null));
    }

    void field(String name, String from, String value, String what) {
        if (value == null || value.isBlank()) {
            gaps.add(":" + name + ": (" + what + ")");
            lines.add(new Line("// fill in: " + what, null, null));
            lines.add(new Line(":" + name + ":", "", null));
        } else {
            lines.add(new Line(":" + name + ":", value.strip(), from));
        }
    }

    void optional(String name, String from, String value, String what) {
        if (value == null || value.isBlank()) {
            lines.add(new Line("// optional, " + what + ":", null, null));
            lines.add(new Line("//:" + name + ":", null, null));
        } else {
            lines.add(new Line(":" + name + ":", value.strip(), from));
        }
    }

    /** Something to do before the file can be published that is not one of its attributes. */
    void gap(String what) {
        gaps.add(what);
    }

    /**
     * Comments go where they cannot break the header: AsciiDoc reads the line right below the title as the author
     * line only when nothing comes between them, so the note on the authors goes above the title.
     */
    Rendered render(boolean draft) {
        List<String> out = new ArrayList<>();
        Map<Integer, String> fromByLine = new HashMap<>();
        if (authorsWanted && authorLine == null) {
            out.add("// The authors go on the line right below the title, with nothing between: First Author; Second Author");
        }
        out.add("= " + title);
        int titleLine = out.size();
        fromByLine.put(titleLine, "--title");
        if (authorLine != null) {
            out.add(authorLine);
            fromByLine.put(out.size(), "--authors");
        }
        for (Line line : lines) {
            out.add(line.value() == null || line.value().isEmpty() ? line.text() : line.text() + " " + line.value());
            if (line.from() != null) {
                fromByLine.put(out.size(), line.from());
            }
            if (line.text().equals(":jbake-type:")) {
                out.add(":jbake-status: " + (draft ? "draft" : "published"));
            }
        }
        if (draft) {
            out.add("// A draft until what the comments ask for is filled in; then set :jbake-status: published.");
        }
        return new Rendered(String.join("\n", out) + "\n", titleLine, Map.copyOf(fromByLine));
    }
}
