package net.techmonitor.site.source;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** What of a document its conversion reads: metadata values left out only where nothing in it can read them. */
class ConversionInputTest {

    private static String input(String... lines) throws SourceText.NotUtf8Exception {
        SourceText text = SourceText.decode(String.join("\n", lines).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        SourceHeader header = AsciidocHeaderScanner.scan(text.lines(), (line, message) -> { });
        return ConversionInput.of(text, header, 100_000);
    }

    private static final List<String> ARTICLE = List.of("= A title", "An Author", ":jbake-type: article", ":jbake-status: published",
        ":themes: digital-economy, innovation", ":countries: India", ":description: One sentence.", ":orcid_2: 0000-0002-1825-0097",
        "", "Body text about the themes of the issue.");

    @Test
    void leavesOutTheSitesMetadataValuesAndKeepsEveryLine() throws Exception {
        String converted = input(ARTICLE.toArray(String[]::new));
        assertEquals(String.join("\n", "= A title", "An Author", ":jbake-type:", ":jbake-status:", ":themes:", ":countries:",
            ":description: One sentence.", ":orcid_2:", "", "Body text about the themes of the issue."), converted);
    }

    @Test
    void twoHeadersThatDifferOnlyInMetadataConvertAlike() throws Exception {
        String one = input(ARTICLE.toArray(String[]::new));
        String other = input(ARTICLE.stream().map(line -> line.replace("innovation", "digital-health").replace("India", "Nepal")).toArray(String[]::new));
        assertEquals(one, other);
        // Asciidoctor's own attributes, the title and the author line are read by the conversion.
        assertNotEquals(one, input(ARTICLE.stream().map(line -> line.replace("One sentence.", "Another.")).toArray(String[]::new)));
        assertNotEquals(one, input(ARTICLE.stream().map(line -> line.replace("A title", "B title")).toArray(String[]::new)));
    }

    @Test
    void keepsAValueTheDocumentCanRead() throws Exception {
        for (String reader : List.of("Filed under {themes}.", "Under {THEMES}.", "Number {counter:themes}.", "{set:themes:other}",
            "ifdef::themes[Themed.]", "ifeval::[\"{themes}\" == \"x\"]", "See {themes-note}.", "ifndef::doi,themes[]")) {
            String converted = input("= A title", ":themes: innovation", ":doi: 10.1234/abc", "", reader);
            assertEquals(":themes: innovation", converted.lines().toList().get(1), reader);
        }
        // Read through another attribute's value.
        assertEquals(":themes: innovation", input("= A title", ":themes: innovation", ":summary-line: On {themes}", "", "Text.")
            .lines().toList().get(1));
    }

    @Test
    void keepsEverythingOfADocumentThatIncludesAnother() throws Exception {
        String converted = input("= A title", ":themes: innovation", "", "include::part.adoc[]");
        assertEquals(":themes: innovation", converted.lines().toList().get(1));
    }

    @Test
    void keepsAValueWithAReferenceOrOnSeveralLines() throws Exception {
        String converted = input("= A title", ":themes: {docdir}", ":countries: India, \\", "  Nepal", ":city: Thimphu", "", "Text.");
        assertEquals(List.of("= A title", ":themes: {docdir}", ":countries: India, \\", "  Nepal", ":city:", "", "Text."),
            converted.lines().toList());
    }

    @Test
    void leavesNothingOutBelowTheHeaderOrOfAnotherName() throws Exception {
        String converted = input("= A title", ":themes-list: a", ":Themes: b", "", ":themes: innovation", "Text.");
        assertEquals(List.of("= A title", ":themes-list: a", ":Themes: b", "", ":themes: innovation", "Text."), converted.lines().toList());
    }

    @Test
    void keepsAValueAsciidoctorWorksOnAsItSetsIt() throws Exception {
        // A pass: macro's substitutions can register a footnote; an http:// address is where an insecure resource of
        // the body is reported; " +" is the older continuation, which takes the next line into the value.
        String converted = input("= A title", ":cover-alt: pass:m[Harbour footnote:[Photo]]", ":cover: http://example.org/c.jpg",
            ":description: Energy access +", ":themes: innovation", ":city: Thimphu", "", "Text.");
        assertEquals(List.of("= A title", ":cover-alt: pass:m[Harbour footnote:[Photo]]", ":cover: http://example.org/c.jpg",
            ":description: Energy access +", ":themes: innovation", ":city:", "", "Text."), converted.lines().toList());
    }

    @Test
    void keepsAValueOnALineLongerThanTheLimit() throws Exception {
        SourceText text = SourceText.decode(String.join("\n", "= A title", ":participants: " + "x".repeat(60), ":city: Thimphu", "", "Text.")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        SourceHeader header = AsciidocHeaderScanner.scan(text.lines(), (line, message) -> { });
        assertEquals(List.of("= A title", ":participants: " + "x".repeat(60), ":city:", "", "Text."),
            ConversionInput.of(text, header, 50).lines().toList(), "the conversion reports the long line: it is part of its input");
    }
}
