package net.techmonitor.site.render.pdf;

import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * One embedded face of one PDF as openhtmltopdf measures and writes it: PDFBox's {@link PDType0Font}, with each
 * character's width and content-stream code worked out once, not again for every word.
 *
 * <p>openhtmltopdf measures every word it breaks lines at, and every string it paints, with
 * {@code PDFont.getStringWidth}, which for a Type 0 font encodes the string to bytes, reads the codes back through
 * the CMap and looks each width up: a fifth of an article PDF's time. The sum of cached widths is the same
 * number (the same floats added in the same order), so the PDF is the same. Everything else is the font's own:
 * subsetting, the font dictionary (this object shares it), metrics. PDFBox's class cannot be extended for a font
 * it embeds (its constructor for that is private), hence the delegation.</p>
 *
 * <p>openhtmltopdf reads a font's underline position from the font program only when the font is a
 * {@link PDType0Font}; {@link PdfFonts} has the metrics measured from the PDType0Font itself, once.</p>
 */
final class WidthCachingFont extends PDFont {
    /** A character not measured yet, and one the font has no glyph for. */
    private static final float UNKNOWN = Float.NaN;
    private static final float NO_GLYPH = -1;
    /** Up to U+10FFFF, in blocks of 256 characters made when a character of the block is first measured. */
    private static final int BLOCKS = 0x110000 >> 8;

    private final PDType0Font font;
    private final float[][] widths = new float[BLOCKS][];
    private final byte[][][] codes = new byte[BLOCKS][][];

    WidthCachingFont(PDType0Font font) {
        super(font.getCOSObject());
        this.font = font;
    }

    /** As PDFBox gives it, and throws it: {@link IllegalArgumentException} for a character the font has no glyph for. */
    @Override
    public float getStringWidth(String text) throws IOException {
        float width = 0;
        for (int i = 0; i < text.length(); ) {
            int character = text.codePointAt(i);
            i += Character.charCount(character);
            width += width(character);
        }
        return width;
    }

    private float width(int character) throws IOException {
        float[] block = widths[character >>> 8];
        if (block == null) {
            block = new float[256];
            Arrays.fill(block, UNKNOWN);
            widths[character >>> 8] = block;
        }
        float width = block[character & 0xFF];
        if (Float.isNaN(width)) {
            try {
                width = font.getStringWidth(Character.toString(character));
            } catch (IllegalArgumentException e) {
                width = NO_GLYPH;
            }
            block[character & 0xFF] = width;
        }
        if (width == NO_GLYPH) {
            throw new IllegalArgumentException("No glyph for U+" + String.format("%04X", character) + " in font " + getName());
        }
        return width;
    }

    @Override
    protected byte[] encode(int character) throws IOException {
        byte[][] block = codes[character >>> 8];
        if (block == null) {
            block = new byte[256][];
            codes[character >>> 8] = block;
        }
        byte[] code = block[character & 0xFF];
        if (code == null) {
            code = font.encode(Character.toString(character));
            block[character & 0xFF] = code;
        }
        return code;
    }

    /** Read from the dictionary: PDFont's constructor asks for it before this object has its font. */
    @Override
    public String getName() {
        return dict.getNameAsString(COSName.BASE_FONT);
    }

    @Override
    public PDFontDescriptor getFontDescriptor() {
        return font.getFontDescriptor();
    }

    @Override
    public Matrix getFontMatrix() {
        return font.getFontMatrix();
    }

    @Override
    public BoundingBox getBoundingBox() throws IOException {
        return font.getBoundingBox();
    }

    @Override
    public Vector getPositionVector(int code) {
        return font.getPositionVector(code);
    }

    @Override
    public Vector getDisplacement(int code) throws IOException {
        return font.getDisplacement(code);
    }

    @Override
    @Deprecated
    public float getHeight(int code) throws IOException {
        return font.getHeight(code);
    }

    @Override
    public float getWidth(int code) throws IOException {
        return font.getWidth(code);
    }

    @Override
    public boolean hasExplicitWidth(int code) throws IOException {
        return font.hasExplicitWidth(code);
    }

    @Override
    public float getWidthFromFont(int code) throws IOException {
        return font.getWidthFromFont(code);
    }

    @Override
    public boolean isEmbedded() {
        return font.isEmbedded();
    }

    @Override
    public boolean isDamaged() {
        return font.isDamaged();
    }

    @Override
    public float getAverageFontWidth() {
        return font.getAverageFontWidth();
    }

    @Override
    public float getSpaceWidth() {
        return font.getSpaceWidth();
    }

    /** Never asked: a Type 0 font is no standard 14 font, and {@link #getWidth} is the font's own. */
    @Override
    protected float getStandard14Width(int code) {
        throw new UnsupportedOperationException("not a standard 14 font");
    }

    @Override
    public int readCode(InputStream in) throws IOException {
        return font.readCode(in);
    }

    @Override
    public String toUnicode(int code) {
        return font.toUnicode(code);
    }

    @Override
    public boolean isVertical() {
        return font.isVertical();
    }

    @Override
    public boolean isStandard14() {
        return false;
    }

    @Override
    public void addToSubset(int codePoint) {
        font.addToSubset(codePoint);
    }

    @Override
    public void subset() throws IOException {
        font.subset();
    }

    @Override
    public boolean willBeSubset() {
        return font.willBeSubset();
    }
}
