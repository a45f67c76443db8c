package net.techmonitor.site.render.pdf;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Map;

/**
 * Lays out a prepared print document ({@link PrintDocument}) as a tagged PDF with openhtmltopdf in its PDF/UA mode:
 * the structure tree from the HTML (headings, paragraphs, lists, tables with their header cells, figures with their
 * alt text, links), the document's language and title, bookmarks, embedded fonts ({@link PdfFonts}), and the running
 * footer marked as an artifact; the empty artifacts openhtmltopdf leaves are taken out ({@link EmptyArtifacts}).
 *
 * <p>Nothing outside the document is read: pictures come from the map the document was prepared with, any other
 * address (http, https, file) is refused, and SVG pictures are drawn without their scripts or outside resources.
 * The same document always gives the same bytes: no dates are written, and the file identifier is derived from the
 * document's cache key instead of the clock.</p>
 */
final class TaggedPdfRenderer {
    /** Written as the PDF's producer: no version, so that a release that changes nothing else changes no PDF. */
    private static final String PRODUCER = "Asia-Pacific Tech Monitor site generator (openhtmltopdf)";

    static {
        // openhtmltopdf logs through java.util.logging by default; what matters to an editor the build reports itself.
        XRLog.setLoggingEnabled(false);
        JdkXmlFactories.choose();
    }

    private TaggedPdfRenderer() {
    }

    /** @param documentId a number derived from the document, written as the PDF's identifier */
    static byte[] render(PrintDocument.Prepared prepared, long documentId) throws IOException {
        return render(prepared, documentId, PdfFonts::addTo);
    }

    /** @param fonts gives the builder the fonts, loaded into the PDF being made */
    static byte[] render(PrintDocument.Prepared prepared, long documentId,
                         java.util.function.BiConsumer<PdfRendererBuilder, PDDocument> fonts) throws IOException {
        PDDocument pdf = new PDDocument();
        pdf.setDocumentId(documentId);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.usePDDocument(pdf);
        builder.usePdfVersion(1.7f);
        builder.usePdfUaAccessibility(true);
        builder.withProducer(PRODUCER);
        // Pages' content uncompressed, so that EmptyArtifacts reads it without inflating it, and compresses it once.
        builder.testMode(true);
        builder.useUnicodeLineBreaker(new SlashAwareLineBreaker());
        fonts.accept(builder, pdf);
        builder.useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
            BatikSVGDrawer.SvgExternalResourceMode.SECURE));
        builder.useProtocolsStreamImplementation(new Pictures(prepared.pictures()), PrintDocument.PICTURES);
        builder.useHttpStreamImplementation(new Pictures(Map.of()));
        builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith(PrintDocument.PICTURES + ":"),
            ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withW3cDocument(prepared.dom(), PrintDocument.PICTURES + ":/");
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            try (PDDocument done = renderer.createPDFKeepOpen()) {
                // openhtmltopdf stamps the clock's time: the same document must give the same bytes.
                done.getDocumentInformation().getCOSObject().removeItem(org.apache.pdfbox.cos.COSName.CREATION_DATE);
                EmptyArtifacts.removeFrom(done);
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                done.save(bytes);
                return bytes.toByteArray();
            }
        }
    }

    /** The document's pictures, by their {@code site:} URL; any other URL opens nothing. */
    private record Pictures(Map<String, byte[]> files) implements FSStreamFactory {
        @Override
        public FSStream getUrl(String url) {
            byte[] bytes = files.get(url);
            return new FSStream() {
                @Override
                public InputStream getStream() {
                    return bytes == null ? null : new ByteArrayInputStream(bytes);
                }

                @Override
                public Reader getReader() {
                    return bytes == null ? null : new java.io.InputStreamReader(new ByteArrayInputStream(bytes), java.nio.charset.StandardCharsets.UTF_8);
                }
            };
        }
    }
}
