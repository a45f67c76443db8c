package net.techmonitor.site.render.pdf;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fonts every PDF edition embeds: DejaVu Sans (four faces) for text and DejaVu Sans Mono for code, shipped in the
 * generator's jar with their licence ({@code fonts/LICENSE.txt} beside this class), so that a PDF looks the same
 * whatever fonts the machine that builds it has. PDF/UA requires every font embedded; each PDF carries subsets of
 * the glyphs it uses.
 *
 * <p>A font file is parsed once per rendering thread (FontBox's parsed fonts are not safe to share between threads),
 * not once per PDF: parsing the four DejaVu faces took longer than laying out a short article. Each face embedded in
 * a PDF measures each character once ({@link WidthCachingFont}), and the faces' metrics are measured once for all
 * PDFs.</p>
 */
final class PdfFonts {
    /** The family names the print templates use. */
    static final String SANS = "Sans";
    static final String MONO = "Mono";

    private record Face(String file, String family, int weight, FontStyle style) {
    }

    private static final List<Face> FACES = List.of(
        new Face("DejaVuSans.ttf", SANS, 400, FontStyle.NORMAL),
        new Face("DejaVuSans-Bold.ttf", SANS, 700, FontStyle.NORMAL),
        new Face("DejaVuSans-Oblique.ttf", SANS, 400, FontStyle.ITALIC),
        new Face("DejaVuSans-BoldOblique.ttf", SANS, 700, FontStyle.ITALIC),
        new Face("DejaVuSansMono.ttf", MONO, 400, FontStyle.NORMAL));

    private static final Map<String, byte[]> FILES = read();
    private static final ThreadLocal<Map<String, TrueTypeFont>> PARSED = ThreadLocal.withInitial(java.util.HashMap::new);
    /** The regular face's character map, read once: which characters the PDFs can show. */
    private static final CmapLookup TEXT_CHARACTERS = characters("DejaVuSans.ttf");
    private static final java.util.BitSet SHOWN_IN_BASIC_PLANE = basicPlaneShown();

    private PdfFonts() {
    }

    /**
     * Gives the builder every face, each loaded into {@code document} (as a subset) only if the PDF uses it, with
     * its widths cached ({@link WidthCachingFont}), and the faces' metrics as measured from PDFBox's own fonts.
     */
    static void addTo(PdfRendererBuilder builder, PDDocument document) {
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, Metrics.CACHE);
        addTo(builder, document, WidthCachingFont::new);
    }

    /** The same faces as PDFBox loads them, without the cached widths: what the metrics are measured from. */
    static void addPdfBoxFontsTo(PdfRendererBuilder builder, PDDocument document) {
        addTo(builder, document, font -> font);
    }

    private static void addTo(PdfRendererBuilder builder, PDDocument document, java.util.function.Function<PDType0Font, PDFont> wrap) {
        Map<String, TrueTypeFont> parsed = PARSED.get();
        for (Face face : FACES) {
            builder.useFont(new PDFontSupplier(null) {
                @Override
                public PDFont supply() {
                    try {
                        return wrap.apply(PDType0Font.load(document, parsed.computeIfAbsent(face.file(), PdfFonts::parse), true));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot load the font " + face.file(), e);
                    }
                }
            }, face.family(), face.weight(), face.style(), true);
        }
    }

    /**
     * The faces' metrics (ascent, descent, underline position and thickness) by family, weight and style, measured
     * once by openhtmltopdf from PDFBox's own fonts: it reads the underline from the font program only of a
     * {@link PDType0Font}, which a {@link WidthCachingFont} is not. They are measured by laying out one line in
     * every face, which fills this cache; every PDF after it takes them from here.
     */
    private static FontMetricsCache measureMetrics() {
        FontMetricsCache metrics = new FontMetricsCache();
        StringBuilder line = new StringBuilder("<html><body><p>");
        for (Face face : FACES) {
            line.append("<span style=\"font-family: '").append(face.family()).append("'; font-weight: ").append(face.weight())
                .append("; font-style: ").append(face.style() == FontStyle.ITALIC ? "italic" : "normal").append("\">x</span> ");
        }
        line.append("</p></body></html>");
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metrics);
            addPdfBoxFontsTo(builder, document);
            builder.withHtmlContent(line.toString(), null);
            try (com.openhtmltopdf.pdfboxout.PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.layout();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure the PDF fonts", e);
        }
        // A face the line missed would be measured from its WidthCachingFont, and only its underline would move:
        // WidthCachingFontTest holds every face's PDF to PDFBox's own, rather than a build failing here.
        return metrics;
    }

    /** Measured when the first PDF is laid out, not when the class loads (which checking a text for missing glyphs does). */
    private static final class Metrics {
        static final FontMetricsCache CACHE = measureMetrics();
    }

    /** openhtmltopdf's font metrics cache, shared by the rendering threads (its values are immutable). */
    private static final class FontMetricsCache implements FSCacheEx<String, FSCacheValue> {
        private final Map<String, FSCacheValue> values = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public void put(String key, FSCacheValue value) {
            values.putIfAbsent(key, value);
        }

        @Override
        public FSCacheValue get(String key, java.util.concurrent.Callable<? extends FSCacheValue> loader) {
            return values.computeIfAbsent(key, any -> {
                try {
                    return loader.call();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        @Override
        public FSCacheValue get(String key) {
            return values.get(key);
        }

    }

    /**
     * The characters of {@code texts} the fonts have no glyph for, each once, in order of code point: a PDF shows
     * them as blanks, and the build says so.
     */
    static Map<Integer, String> missingIn(Iterable<String> texts) {
        Map<Integer, String> missing = new TreeMap<>();
        for (String text : texts) {
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                i += Character.charCount(c);
                if (!shown(c) && !Character.isWhitespace(c) && !Character.isISOControl(c) && !Character.isSpaceChar(c)
                    && c != 0x200B && c != 0xFEFF && c != 0xAD) {
                    missing.putIfAbsent(c, Character.getName(c) == null ? "" : Character.getName(c));
                }
            }
        }
        return missing;
    }

    /** Whether the regular face has a glyph for the character: looked up once for the basic plane, at start. */
    private static boolean shown(int codePoint) {
        return codePoint <= Character.MAX_VALUE ? SHOWN_IN_BASIC_PLANE.get(codePoint) : glyphId(codePoint) != 0;
    }

    private static java.util.BitSet basicPlaneShown() {
        java.util.BitSet shown = new java.util.BitSet(Character.MAX_VALUE + 1);
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (glyphId(c) != 0) {
                shown.set(c);
            }
        }
        return shown;
    }

    private static synchronized int glyphId(int codePoint) {
        return TEXT_CHARACTERS.getGlyphId(codePoint);
    }

    /** The font files, which a change of them (a newer DejaVu) must make every cached PDF stale. */
    static String fingerprint() {
        net.techmonitor.site.cache.ContentKey key = net.techmonitor.site.cache.ContentKey.of("pdf fonts");
        FILES.forEach((name, bytes) -> key.with(name).with(bytes));
        return key.hex();
    }

    private static CmapLookup characters(String file) {
        try {
            return parse(file).getUnicodeCmapLookup();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + file + " in the generator's jar", e);
        }
    }

    /**
     * Parses a face with its glyph substitutions (GSUB) off: in Latin text they only make ligatures, whose single
     * glyphs ("ﬁ") are what a reader copying or searching the text then gets; and applying them took an eighth of
     * each PDF's time. The scripts that need substitutions to be read at all are not in DejaVu Sans.
     */
    private static TrueTypeFont parse(String file) {
        try {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(FILES.get(file)));
            font.setEnableGsub(false);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + file + " in the generator's jar", e);
        }
    }

    private static Map<String, byte[]> read() {
        Map<String, byte[]> files = new TreeMap<>();
        for (Face face : FACES) {
            try (InputStream in = PdfFonts.class.getResourceAsStream("fonts/" + face.file())) {
                if (in == null) {
                    throw new IllegalStateException("the font " + face.file() + " is missing from the generator's jar");
                }
                files.put(face.file(), in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the font " + face.file() + " in the generator's jar", e);
            }
        }
        return files;
    }
}
