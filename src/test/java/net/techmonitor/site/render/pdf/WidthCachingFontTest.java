package net.techmonitor.site.render.pdf;

import net.techmonitor.site.TestSites;
import net.techmonitor.site.urls.SiteUrls;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The PDF editions' fonts cache each character's width ({@link WidthCachingFont}) and take their metrics from
 * PDFBox's own fonts: the PDF they give must be the one PDFBox's fonts give, byte for byte.
 */
class WidthCachingFontTest {
    @TempDir
    Path output;

    /** Every face, links (underlined), letter spacing, a table, code, and characters the font has no glyph for. */
    private static String document() throws IOException {
        String frame = Files.readString(TestSites.repository().resolve("templates/pdf.ftlh"));
        String style = frame.substring(frame.indexOf("<style>"), frame.indexOf("</style>") + "</style>".length());
        return """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Widths</title>%s</head><body>
            <div class="footer">Asia-Pacific Tech Monitor · January–March 2022</div>
            <article class="article"><header><p class="kicker">Asia-Pacific Tech Monitor · <a href="/issues/">the issue</a></p>
            <h1>Measured once, the same PDF</h1></header>
            <p>Plain, <b>bold</b>, <i>italic</i>, <b><i>bold italic</i></b> and <code>code()</code>; a soft hy\u00adphen,
            a non\u00a0breaking space, an ﬁ ligature, Ελληνικά, кириллица, Việt Nam, Türkiye, a Thai letter ท and 😀.</p>
            <p><a href="https://www.unescap.org/">A link, underlined, that runs long enough to be broken across the line
            where the measure of each word decides the break</a>.</p>
            <table><thead><tr><th>Country</th><th>Participants</th></tr></thead>
            <tbody><tr><td>Nepal</td><td>about 800</td></tr></tbody></table>
            <pre>for (int i = 0; i &lt; 10; i++) { width += measure(i); }</pre>
            </article></body></html>""".formatted(style);
    }

    @Test
    void thePdfIsTheOnePdfBoxsOwnFontsGive() throws IOException {
        String html = document();
        SiteUrls urls = new SiteUrls("/", "https://example.org");
        byte[] cached = TaggedPdfRenderer.render(PrintDocument.prepare(html, "https://example.org/a/", urls, output), 1);
        byte[] pdfBox = TaggedPdfRenderer.render(PrintDocument.prepare(html, "https://example.org/a/", urls, output), 1,
            PdfFonts::addPdfBoxFontsTo);
        assertTrue(cached.length > 10_000, "a PDF with its fonts: " + cached.length + " bytes");
        assertArrayEquals(pdfBox, cached);
    }

    @Test
    void aStringMeasuresAsPdfBoxMeasuresItAndACharacterWithoutGlyphFailsAsThere() throws IOException {
        try (PDDocument document = new PDDocument(); InputStream file = PdfFonts.class.getResourceAsStream("fonts/DejaVuSans.ttf")) {
            TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(file.readAllBytes()));
            PDType0Font font = PDType0Font.load(document, parsed, true);
            WidthCachingFont cached = new WidthCachingFont(font);
            for (String text : new String[] {"Asia-Pacific", "Việt Nam and Türkiye", "ﬁ Ελληνικά", "", "𝐀 outside the basic plane"}) {
                try {
                    float expected = font.getStringWidth(text);
                    assertEquals(expected, cached.getStringWidth(text), text);
                    assertEquals(expected, cached.getStringWidth(text), text + ", measured again");
                } catch (IllegalArgumentException e) {
                    assertThrows(IllegalArgumentException.class, () -> cached.getStringWidth(text), text);
                }
            }
            assertThrows(IllegalArgumentException.class, () -> font.getStringWidth("ท"));
            assertThrows(IllegalArgumentException.class, () -> cached.getStringWidth("ท"));
            assertThrows(IllegalArgumentException.class, () -> cached.getStringWidth("ท"), "again, from the cache");
            assertArrayEquals(font.encode("Nepal, Việt Nam"), cached.encode("Nepal, Việt Nam"));
            assertThrows(IllegalArgumentException.class, () -> font.encode("ท"));
            assertThrows(IllegalArgumentException.class, () -> cached.encode("ท"));
        }
    }
}
