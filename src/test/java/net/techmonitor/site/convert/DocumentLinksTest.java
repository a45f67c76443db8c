package net.techmonitor.site.convert;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class DocumentLinksTest {
    private static final Map<String, DocumentLinks.Target> PAGES = Map.of(
        "issues/2018-q3/other.adoc", new DocumentLinks.Target("/issues/2018-q3/other/", "Other & more"),
        "issues/2018-q3/index.adoc", new DocumentLinks.Target("/issues/2018-q3/", "The issue"),
        "pages/about.adoc", new DocumentLinks.Target("/about/", "About"));

    /** Asciidoctor's body (relfilesuffix .adoc) as the rebaser finishes it, for a source in issues/2018-q3/. */
    private static String finished(String asciidoctorHtml, String basePath) {
        return BodyLinkRebaser.rebase(asciidoctorHtml, basePath + "issues/2018-q3/", basePath);
    }

    private static DocumentLinks.Resolved resolve(String html, String basePath) {
        return DocumentLinks.resolve(finished(html, basePath), basePath + "issues/2018-q3/", basePath, path -> Optional.ofNullable(PAGES.get(path))
            .map(target -> new DocumentLinks.Target(basePath + target.url().substring(1), target.title())));
    }

    @ParameterizedTest(name = "{0} under {1}")
    @CsvSource(delimiter = '|', value = {
        "<a href=\"other.adoc\">other.adoc</a>                 | /             | <a href=\"/issues/2018-q3/other/\">Other &amp; more</a>",
        "<a href=\"other.adoc\">Some text</a>                  | /             | <a href=\"/issues/2018-q3/other/\">Some text</a>",
        "<a href=\"other.adoc#a-section\">other.adoc</a>       | /             | <a href=\"/issues/2018-q3/other/#a-section\">Other &amp; more</a>",
        "<a href=\"../../pages/about.adoc\">../../pages/about.adoc</a> | /     | <a href=\"/about/\">About</a>",
        "<a href=\"/issues/2018-q3/index.adoc\">/issues/2018-q3/index.adoc</a> | /techmonitor/ | <a href=\"/techmonitor/issues/2018-q3/\">The issue</a>",
        "<a href=\"other.adoc#a-section\">other.adoc</a>       | /techmonitor/ | <a href=\"/techmonitor/issues/2018-q3/other/#a-section\">Other &amp; more</a>",
        "<a href=\"other.adoc\" class=\"bare\">other.adoc</a>  | /             | <a href=\"/issues/2018-q3/other/\" class=\"bare\">other.adoc</a>",
    })
    void aDocumentLinkLeadsToItsPage(String written, String basePath, String expected) {
        DocumentLinks.Resolved resolved = resolve("<p>" + written.strip() + "</p>", basePath.strip());
        assertEquals("<p>" + expected.strip() + "</p>", resolved.html());
        assertEquals(List.of(), resolved.unresolved());
    }

    @Test
    void aBodyWithoutDocumentLinksIsLeftAsItIs() {
        String html = "<p><a href=\"/issues/2018-q3/chart.png\">chart</a> <a href=\"https://example.org/x.adoc\">x</a></p>";
        assertSame(html, DocumentLinks.resolve(html, "/issues/2018-q3/", "/", path -> Optional.empty()).html());
    }

    @Test
    void linksToNoDocumentAreLeftAndNamedOnceEach() {
        DocumentLinks.Resolved resolved = resolve("<p><a href=\"missing.adoc\">missing.adoc</a> <a href=\"missing.adoc#x\">again</a>"
            + " <a href=\"../../../README.adoc\">read me</a></p>", "/techmonitor/");
        assertEquals(List.of("issues/2018-q3/missing.adoc", DocumentLinks.OUTSIDE), resolved.unresolved());
    }

    @Test
    void theSourceLinesThatWriteACrossReferenceAreFound() {
        List<String> lines = List.of("= Title", "", "See xref:missing.adoc[] and <<missing#,it>>.", "Not \\xref:missing.adoc[].",
            "Also <<../2018-q3/missing.adoc#a-section>> and <<missing>> and xref:other.adoc[].", "Out: xref:../../../README.adoc[x]");
        assertEquals(List.of(new DocumentLinks.Written(3, "missing.adoc"), new DocumentLinks.Written(3, "missing"),
                new DocumentLinks.Written(5, "../2018-q3/missing.adoc")),
            DocumentLinks.written(lines, "issues/2018-q3", "issues/2018-q3/missing.adoc"));
        assertEquals(List.of(new DocumentLinks.Written(6, "../../../README.adoc")),
            DocumentLinks.written(lines, "issues/2018-q3", DocumentLinks.OUTSIDE));
    }
}
