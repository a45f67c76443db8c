package net.techmonitor.site.render.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Takes the empty background artifacts out of a PDF openhtmltopdf has painted, and compresses its pages' content.
 *
 * <p>openhtmltopdf 1.1.65 (and 1.1.75, the newest) in its PDF/UA mode opens a {@code Background} artifact around the
 * background and border of every box it paints, with a property list giving the box's bounding box, and leaves it
 * empty for a box that has neither: {@code Box.hasNonTextContent} compares {@code background-image}, which it keeps
 * as a list, to the ident {@code none}, so every box seems to have one. An article's page held about 170 of them,
 * each a dictionary in the page's resources that PDFBox then writes out: half the time of saving a PDF, and a quarter
 * of its size. An empty marked-content sequence shows nothing and tags nothing, so it goes, with its property list.</p>
 *
 * <p>The pages' content streams are written uncompressed for this ({@code PdfRendererBuilder.testMode}, whose only
 * effect is that) and compressed here once. PDFBox writes such a sequence as the exact bytes
 * {@code \n/Artifact /PropN BDC\nEMC\n}, and never writes a line feed inside a string (a string with one is
 * written in hex), so those bytes are always the operators and never text.</p>
 */
final class EmptyArtifacts {
    private static final byte[] START = "\n/Artifact /Prop".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = " BDC\nEMC\n".getBytes(StandardCharsets.US_ASCII);

    private EmptyArtifacts() {
    }

    /** Removes them from every page, and compresses every page's content. */
    static void removeFrom(PDDocument pdf) throws IOException {
        for (PDPage page : pdf.getPages()) {
            List<COSName> removed = new ArrayList<>();
            COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
            if (contents instanceof COSStream stream) {
                rewrite(stream, removed);
            } else if (contents instanceof COSArray streams) {
                for (int i = 0; i < streams.size(); i++) {
                    if (streams.getObject(i) instanceof COSStream stream) {
                        rewrite(stream, removed);
                    }
                }
            }
            COSDictionary properties = page.getResources() == null ? null
                : page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
            if (properties != null) {
                removed.forEach(properties::removeItem);
                if (properties.size() == 0) {
                    page.getResources().getCOSObject().removeItem(COSName.PROPERTIES);
                }
            }
        }
    }

    private static void rewrite(COSStream stream, List<COSName> removed) throws IOException {
        byte[] content;
        try (InputStream in = stream.createInputStream()) {
            content = in.readAllBytes();
        }
        ByteArrayOutputStream kept = new ByteArrayOutputStream(content.length);
        int copied = 0;
        for (int at = indexOf(content, START, 0); at >= 0; at = indexOf(content, START, at + 1)) {
            int digits = at + START.length;
            int end = digits;
            while (end < content.length && content[end] >= '0' && content[end] <= '9') {
                end++;
            }
            if (end > digits && startsAt(content, end, END)) {
                kept.write(content, copied, at + 1 - copied);
                removed.add(COSName.getPDFName("Prop" + new String(content, digits, end - digits, StandardCharsets.US_ASCII)));
                copied = end + END.length;
                at = copied - 2; // the next sequence starts with the line feed this one ended with
            }
        }
        kept.write(content, copied, content.length - copied);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            kept.writeTo(out);
        }
    }

    private static int indexOf(byte[] bytes, byte[] part, int from) {
        for (int i = Math.max(0, from); i <= bytes.length - part.length; i++) {
            if (startsAt(bytes, i, part)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsAt(byte[] bytes, int at, byte[] part) {
        if (at + part.length > bytes.length) {
            return false;
        }
        for (int j = 0; j < part.length; j++) {
            if (bytes[at + j] != part[j]) {
                return false;
            }
        }
        return true;
    }
}
