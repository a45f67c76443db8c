package net.techmonitor.site.source;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AsciidocHeaderScannerTest {

    @Test
    void readsTitleAuthorLineAndAttributesWithTheirLines() {
        List<String> problems = new ArrayList<>();
        SourceHeader header = AsciidocHeaderScanner.scan(List.of(
            "// a comment before the title",
            "= Title of the article",
            "First Author; Second Author",
            ":jbake-type: article",
            ":countries: India, \\",
            "  Republic of Korea",
            ":description: One sentence.",
            "",
            ":not-in-header: x"), (line, message) -> problems.add(line + ":" + message));
        assertEquals("Title of the article", header.title());
        assertEquals(2, header.titleLine());
        assertEquals("First Author; Second Author", header.authorLine());
        assertEquals(new HeaderAttribute("jbake-type", "article", 4), header.attribute("jbake-type").orElseThrow());
        assertEquals(new HeaderAttribute("countries", "India, Republic of Korea", 5), header.attribute("countries").orElseThrow());
        assertEquals(7, header.attribute("description").orElseThrow().line());
        assertEquals(7, header.lastLine());
        assertEquals(List.of(), problems);
        assertEquals(false, header.attribute("not-in-header").isPresent(), "the first blank line ends the header");
    }

    @Test
    void reportsDuplicateAttributesAndStrayLines() {
        List<String> problems = new ArrayList<>();
        AsciidocHeaderScanner.scan(List.of("= T", ":a: 1", "stray words", ":a: 2"), (line, message) -> problems.add(line + ":" + message));
        assertEquals(List.of(
            "3:unexpected line in the document header: 'stray words' (expected ':name: value' attribute entries up to the first blank line)",
            "4:attribute ':a:' is set twice (first on line 2; expected each attribute once)"), problems);
    }

    @Test
    void aDocumentWithoutATitleHasNoHeader() {
        assertNull(AsciidocHeaderScanner.scan(List.of("Just a paragraph.", ":jbake-type: page"), (line, message) -> { }));
    }

    @Test
    void decodesStrictUtf8DroppingTheByteOrderMarkAndCarriageReturns() throws SourceText.NotUtf8Exception {
        SourceText text = SourceText.decode("\uFEFF= T\r\n:a: 1\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(List.of("= T", ":a: 1", ""), text.lines());
        SourceText.NotUtf8Exception error = org.junit.jupiter.api.Assertions.assertThrows(SourceText.NotUtf8Exception.class,
            () -> SourceText.decode(new byte[]{'=', ' ', 'T', '\n', 'C', 'a', 'f', (byte) 0xE9, '\n'}));
        assertEquals(2, error.line());
    }
}
