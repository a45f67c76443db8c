package net.techmonitor.site.source;

import java.util.Map;
import java.util.Optional;

/**
 * The header of an AsciiDoc source as written: title, author line and attribute entries, each with its line.
 * Values are raw text (no AsciiDoc substitutions), which is what the catalog needs: Asciidoctor's own
 * attribute values are already HTML-escaped ({@code R&D} becomes {@code R&amp;D}) and carry no line numbers.
 *
 * @param title       the level-0 title without its {@code = } marker
 * @param titleLine   line of the title
 * @param authorLine  the AsciiDoc author line ({@code First Author; Second Author}), or null
 * @param authorLineNumber line of the author line, or 0
 * @param attributes  entries by name, in the order written
 * @param lastLine    last line of the header (the title line when there are no entries)
 * @param endingBlankLine the blank line that ends the header, or 0 when the file ends with it
 * @param belowHeader attribute entries written right below that blank line, by name: AsciiDoc reads them as
 *                    part of the body, so they are not header attributes, however much they look like them
 */
public record SourceHeader(String title, int titleLine, String authorLine, int authorLineNumber,
                           Map<String, HeaderAttribute> attributes, int lastLine, int endingBlankLine,
                           Map<String, HeaderAttribute> belowHeader) {

    public Optional<HeaderAttribute> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    public Optional<String> value(String name) {
        return attribute(name).map(HeaderAttribute::value);
    }

    /**
     * The entry for an attribute missing from the header but written right below the blank line that ends it:
     * the one mistake that makes an editor's attribute vanish while it is plainly in the file.
     */
    public Optional<HeaderAttribute> writtenBelowHeader(String name) {
        return attributes.containsKey(name) ? Optional.empty() : Optional.ofNullable(belowHeader.get(name));
    }
}
