package net.techmonitor.site.render.pdf;

/**
 * Names the JDK's own JAXP factories as the ones to use. Without the system properties, every
 * {@code TransformerFactory.newInstance()} and {@code DocumentBuilderFactory.newInstance()} looks for a provider on
 * the class path, jar by jar, before it settles on the JDK's (no jar of the generator provides one), and the PDF
 * editions ask for them for every PDF: PDFBox writes the XMP metadata through both, and Jsoup's W3C DOM conversion
 * makes a document builder. The transformer's search took about 40% of a PDF's time; the document builders' about
 * 0.3 ms of each (a short article's PDF took 22-24 ms of processor time). A factory the user names with the same
 * property is left as it is.
 */
final class JdkXmlFactories {
    private JdkXmlFactories() {
    }

    static void choose() {
        chooseUnlessSet("javax.xml.transform.TransformerFactory", "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
        chooseUnlessSet("javax.xml.parsers.DocumentBuilderFactory", "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl");
    }

    private static void chooseUnlessSet(String property, String factory) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, factory);
        }
    }
}
