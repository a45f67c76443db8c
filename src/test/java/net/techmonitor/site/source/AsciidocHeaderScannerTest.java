package net.techmonitor.site.source;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AsciidocHeaderScannerTest {

    /** A scan's header and its problems, each as "line:message". */
    private record Scanned(SourceHeader header, List<String> problems) {
    }

    private static Scanned scan(String... lines) {
        List<String> problems = new ArrayList<>();
        SourceHeader header = AsciidocHeaderScanner.scan(List.of(lines), (line, message) -> problems.add(line + ":" + message));
        return new Scanned(header, problems);
    }

    @Test
    void readsTitleAuthorLineAndAttributesWithTheirLines() {
        Scanned scanned = scan(
            "// a comment before the title",
            "= Title of the article",
            "First Author; Second Author",
            ":jbake-type: article",
            ":countries: India, \\",
            "  Republic of Korea",
            ":description: One sentence.",
            "",
            ":not-in-header: x");
        SourceHeader header = scanned.header();
        assertEquals("Title of the article", header.title());
        assertEquals(2, header.titleLine());
        assertEquals("First Author; Second Author", header.authorLine());
        assertEquals(new HeaderAttribute("jbake-type", "article", 4), header.attribute("jbake-type").orElseThrow());
        assertEquals(new HeaderAttribute("countries", "India, Republic of Korea", 5), header.attribute("countries").orElseThrow());
        assertEquals(7, header.attribute("description").orElseThrow().line());
        assertEquals(7, header.lastLine());
        assertEquals(List.of(), scanned.problems());
        assertEquals(false, header.attribute("not-in-header").isPresent(), "the first blank line ends the header");
        assertEquals(8, header.endingBlankLine());
        assertEquals(new HeaderAttribute("not-in-header", "x", 9), header.writtenBelowHeader("not-in-header").orElseThrow());
    }

    @Test
    void keepsTheEntriesWrittenRightBelowTheBlankLineThatEndsTheHeader() {
        Scanned scanned = scan(
            "= Title",
            ":jbake-type: activity",
            "",
            "",
            ":city: Bangkok",
            "// a comment among them",
            ":countries: Japan, \\",
            "  Thailand",
            ":jbake-type: page",
            "The first line of the body.",
            ":after-the-body-began: y");
        SourceHeader header = scanned.header();
        assertEquals(List.of(), scanned.problems(), "AsciiDoc allows entries in the body; only a read of one is a problem");
        assertEquals(3, header.endingBlankLine());
        assertEquals(new HeaderAttribute("city", "Bangkok", 5), header.writtenBelowHeader("city").orElseThrow());
        assertEquals(new HeaderAttribute("countries", "Japan, Thailand", 7), header.writtenBelowHeader("countries").orElseThrow());
        assertTrue(header.writtenBelowHeader("jbake-type").isEmpty(), "the header's own entry is the one read");
        assertTrue(header.writtenBelowHeader("after-the-body-began").isEmpty(), "only the entries right below the header");
    }

    @Test
    void aHeaderThatRunsToTheEndOfTheFileHasNoEntriesBelowIt() {
        SourceHeader header = AsciidocHeaderScanner.scan(List.of("= T", ":a: 1"), (line, message) -> { });
        assertEquals(0, header.endingBlankLine());
        assertTrue(header.writtenBelowHeader("a").isEmpty());
    }

    @Test
    void reportsDuplicateAttributesAndStrayLines() {
        assertEquals(List.of(
            "3:unexpected line in the document header: 'stray words' (expected ':name: value' attribute entries up to the first blank line)",
            "4:attribute ':a:' is set twice (first on line 2; expected each attribute once)"), scan("= T", ":a: 1", "stray words", ":a: 2").problems());
    }

    @Test
    void aTextLineBelowACommentBelowTheTitleIsSaidToBeAnAuthorLineOutOfPlace() {
        assertEquals(List.of("3:unexpected line in the document header: 'Ann Author; Bob Builder' (an author line must come directly"
            + " after the title line, with no comment between them; expected ':name: value' attribute entries up to the first blank line)"),
            scan("= T", "// fill in the authors below", "Ann Author; Bob Builder", ":jbake-type: article").problems());
        assertEquals(List.of(), scan("// a comment above the title", "= T", "Ann Author", ":jbake-type: article").problems(),
            "a comment above the title leaves the author line in its place");
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

    @Test
    void aValueGoesOnOnTheNextLinesAfterEitherMarkUntilALineWithoutItOrAnEmptyLine() {
        Scanned scanned = scan(
            "= Title",
            ":description: Energy access +",
            ":themes: innovation",
            ":countries: India, \\",
            "  Nepal, \\",
            "  Bhutan",
            ":city: Thimphu \\",
            "",
            "Body.");
        SourceHeader header = scanned.header();
        assertEquals(new HeaderAttribute("description", "Energy access :themes: innovation", 2), header.attribute("description").orElseThrow(),
            "the older mark takes the next line into the value, as Asciidoctor reads it");
        assertTrue(header.attribute("themes").isEmpty());
        assertEquals("India, Nepal, Bhutan", header.value("countries").orElseThrow());
        assertEquals("Thimphu", header.value("city").orElseThrow(), "an empty line ends the value, and the header");
        assertEquals(8, header.endingBlankLine());
        assertEquals(List.of(), scanned.problems());
    }
}
