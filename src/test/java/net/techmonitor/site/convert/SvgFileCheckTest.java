package net.techmonitor.site.convert;

import net.techmonitor.site.problems.Problem;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An SVG file copied to the site must hold nothing that runs script; each refused construct names itself and its line. */
class SvgFileCheckTest {
    private static final String PATH = "content/issues/2020-q1/chart.svg";
    private static final String OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n";

    private static List<String> problems(String svg) {
        return SvgFileCheck.check(PATH, svg.getBytes(StandardCharsets.UTF_8)).stream().map(Problem::format).toList();
    }

    private static String at(int line, String message) {
        return "assets: " + PATH + ":" + line + ": " + message;
    }

    @Test
    void anInkscapeDrawingWithAGradientTextAndAnEmbeddedPicturePasses() {
        String svg = """
            <?xml version="1.0" encoding="UTF-8" standalone="no"?>
            <!-- Created with Inkscape (http://www.inkscape.org/) -->
            <svg
               width="210mm"
               height="297mm"
               viewBox="0 0 210 297"
               version="1.1"
               id="svg5"
               inkscape:version="1.1 (c68e22c387, 2021-05-23)"
               sodipodi:docname="chart.svg"
               xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"
               xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"
               xmlns:xlink="http://www.w3.org/1999/xlink"
               xmlns="http://www.w3.org/2000/svg"
               xmlns:svg="http://www.w3.org/2000/svg"
               xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
               xmlns:cc="http://creativecommons.org/ns#"
               xmlns:dc="http://purl.org/dc/elements/1.1/">
              <sodipodi:namedview id="namedview7" pagecolor="#ffffff" inkscape:zoom="0.7">
                <inkscape:grid type="xygrid" id="grid1" />
              </sodipodi:namedview>
              <metadata id="metadata1">
                <rdf:RDF><cc:Work rdf:about=""><dc:format>image/svg+xml</dc:format><dc:title>Chart</dc:title></cc:Work></rdf:RDF>
              </metadata>
              <defs id="defs2">
                <linearGradient id="grad" x1="0" y1="0" x2="1" y2="0">
                  <stop offset="0" style="stop-color:#336699" /><stop offset="1" style="stop-color:#99ccff" />
                </linearGradient>
                <filter id="blur"><feGaussianBlur stdDeviation="2" /></filter>
              </defs>
              <style>.label { font: 12px sans-serif; }</style>
              <g inkscape:label="Layer 1" inkscape:groupmode="layer" id="layer1">
                <rect x="10" y="10" width="100" height="20" fill="url(#grad)" filter="url(#blur)" />
                <text x="10" y="50" class="label">R&amp;D spending &#8212; 2020<tspan dy="12">in %</tspan></text>
                <a href="../2019-q4/#figures"><circle cx="150" cy="20" r="8" /></a>
                <image width="16" height="16" xlink:href="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==" />
                <use xlink:href="#layer1-copy" />
              </g>
            </svg>
            """;
        assertEquals(List.of(), problems(svg));
    }

    @Test
    void scriptAnimationForeignObjectAndHandlerElementsAreRefused() {
        assertEquals(List.of(
            at(2, "SVG element <script> is not allowed (expected static SVG only: no script, animation, foreignObject or handler)"),
            at(3, "SVG element <foreignObject> is not allowed (expected static SVG only: no script, animation, foreignObject or handler)"),
            at(4, "SVG element <animate> is not allowed (expected static SVG only: no script, animation, foreignObject or handler)"),
            at(4, "attribute attributeName on <animate> is not allowed (expected no animation: it can turn a link into script)"),
            at(5, "SVG element <set> is not allowed (expected static SVG only: no script, animation, foreignObject or handler)"),
            at(5, "attribute attributeName on <set> is not allowed (expected no animation: it can turn a link into script)"),
            at(6, "SVG element <handler> is not allowed (expected static SVG only: no script, animation, foreignObject or handler)")),
            problems(OPEN + "<script>alert(1)</script>\n<foreignObject width=\"10\" height=\"10\"></foreignObject>\n"
                + "<animate attributeName=\"href\" values=\"javascript:alert(1)\" />\n<set attributeName=\"href\" to=\"javascript:alert(1)\" />\n"
                + "<handler type=\"application/ecmascript\">alert(1)</handler>\n</svg>\n"));
    }

    @Test
    void htmlAndMathMlAreRefusedEvenInsideMetadataAndOtherNamespacesOutsideIt() {
        assertEquals(List.of(
            at(2, "HTML element <html:script> is not allowed in an SVG file (expected SVG elements: HTML can run script)"),
            at(3, "HTML element <html:script> is not allowed in an SVG file (expected SVG elements: HTML can run script)"),
            at(4, "MathML element <math> is not allowed in an SVG file (expected SVG elements)"),
            at(4, "MathML element <mi> is not allowed in an SVG file (expected SVG elements)"),
            at(5, "element <x:thing> in namespace urn:x is outside <metadata> (expected SVG elements; other namespaces only inside "
                + "<metadata>, or Inkscape's and Sodipodi's)"),
            at(7, "element <plain> in no namespace is outside <metadata> (expected SVG elements; other namespaces only inside "
                + "<metadata>, or Inkscape's and Sodipodi's)")),
            problems("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:html=\"http://www.w3.org/1999/xhtml\" xmlns:x=\"urn:x\">\n"
                + "<html:script>alert(1)</html:script>\n<metadata><x:info><html:script>alert(1)</html:script></x:info></metadata>\n"
                + "<math xmlns=\"http://www.w3.org/1998/Math/MathML\"><mi>x</mi></math>\n<x:thing />\n"
                + "<metadata><x:fine /></metadata>\n<plain xmlns=\"\" />\n</svg>\n"));
    }

    @Test
    void handlersScriptUrlsAndDataUrlsAreRefusedWhereverTheyStand() {
        assertEquals(List.of(
            at(1, "event handler attribute onload on <svg> is not allowed (expected no on* attributes: they run script)"),
            at(2, "event handler attribute ONCLICK on <rect> is not allowed (expected no on* attributes: they run script)"),
            at(3, "javascript: URL in href on <a> is not allowed (expected a relative, http: or https: URL)"),
            at(4, "javascript: URL in xlink:href on <a> is not allowed (expected a relative, http: or https: URL)"),
            at(5, "vbscript: URL in href on <a> is not allowed (expected a relative, http: or https: URL)"),
            at(6, "data: URL in href on <use> is not allowed (expected a file, or a PNG, JPEG, GIF or WebP data: picture on <image>)"),
            at(7, "data: URL in xlink:href on <image> is not allowed (expected a file, or a PNG, JPEG, GIF or WebP data: picture on <image>)"),
            at(8, "attribute attributeName on <rect> is not allowed (expected no animation: it can turn a link into script)")),
            problems("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" onload=\"alert(1)\">\n"
                + "<rect ONCLICK=\"alert(1)\" width=\"1\" height=\"1\" />\n"
                + "<a href=\" java&#9;script:alert(1)\"><text>x</text></a>\n"
                + "<a xlink:href=\"JAVASCRIPT:alert(1)\"><text>x</text></a>\n"
                + "<a href=\"vbscript:msgbox(1)\"><text>x</text></a>\n"
                + "<use href=\"data:image/svg+xml;base64,PHN2Zy8+#x\" />\n"
                + "<image xlink:href=\"data:image/svg+xml,&lt;svg onload='alert(1)'/&gt;\" />\n"
                + "<rect attributeName=\"href\" />\n</svg>\n"));
    }

    @Test
    void aProblemOnATagWrittenOverSeveralLinesIsPlacedWhereTheTagBegins() {
        assertEquals(List.of(at(3, "event handler attribute onclick on <rect> is not allowed (expected no on* attributes: they run script)")),
            problems(OPEN + "<g>\n<rect\n   width=\"1\"\n   onclick=\"alert(1)\"\n   height=\"1\" /></g>\n</svg>\n"));
    }

    @Test
    void entityDeclarationsInternalSubsetsAndProcessingInstructionsAreRefused() {
        assertEquals(List.of(
            at(2, "ENTITY declaration in the DOCTYPE is not allowed (expected none: browsers expand entities, which can build a <script>)"),
            at(5, "entity reference &x; is not defined (expected only &amp; &lt; &gt; &quot; &apos; and numeric references)")),
            problems("<?xml version=\"1.0\"?>\n<!DOCTYPE svg [\n<!ENTITY x \"&#60;script&#62;alert(1)&#60;/script&#62;\">\n]>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\">&x;</svg>\n"));
        assertEquals(List.of(at(1, "DOCTYPE with an internal subset is not allowed (expected no DOCTYPE, or one without [...]: "
                + "browsers read its declarations)")),
            problems("<!DOCTYPE svg [ <!ATTLIST svg onload CDATA #IMPLIED> ]>\n<svg xmlns=\"http://www.w3.org/2000/svg\" />\n"));
        assertEquals(List.of(), problems("<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
            + "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" />\n"),
            "a DOCTYPE naming the public DTD is harmless, and the DTD is not fetched");
        assertEquals(List.of(at(2, "processing instruction <?xml-stylesheet?> is not allowed (expected only the XML declaration: "
                + "xml-stylesheet can run XSLT)")),
            problems("<?xml version=\"1.0\"?>\n<?xml-stylesheet type=\"text/xsl\" href=\"run.xsl\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" />\n"));
    }

    @Test
    void aFileThatIsNotWellFormedXmlIsRefusedWithTheParsersWordsAndLine() {
        assertEquals(List.of(at(3, "not well-formed XML: The element type \"g\" must be terminated by the matching end-tag \"</g>\". "
                + "(expected a well-formed SVG file)")),
            problems(OPEN + "<g>\n</svg>\n"));
        assertEquals(List.of(at(1, "not well-formed XML: Premature end of file. (expected a well-formed SVG file)")), problems(""));
    }

    @Test
    void anExternalEntityIsNeitherReadNorExpanded() {
        assertEquals(List.of(
            at(1, "ENTITY declaration in the DOCTYPE is not allowed (expected none: browsers expand entities, which can build a <script>)"),
            at(2, "entity reference &secret; is not defined (expected only &amp; &lt; &gt; &quot; &apos; and numeric references)")),
            problems("<!DOCTYPE svg [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n<svg xmlns=\"http://www.w3.org/2000/svg\">&secret;</svg>\n"));
    }
}
