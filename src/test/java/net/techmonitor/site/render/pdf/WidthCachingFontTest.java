package net.techmonitor.site.render.pdf;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
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

    @Test
    void thePdfIsTheOnePdfBoxsOwnFontsGive() throws IOException {
        byte[] cached = TaggedPdfRenderer.render(PrintSample.prepared(output), 1);
        byte[] pdfBox = TaggedPdfRenderer.render(PrintSample.prepared(output), 1, PdfFonts::addPdfBoxFontsTo);
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
