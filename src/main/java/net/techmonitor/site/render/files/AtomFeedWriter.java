package net.techmonitor.site.render.files;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes an Atom (RFC 4287) feed with the JDK's XML writer, which escapes every text and attribute value.
 * Dates come from the content ({@code updated} is the newest entry's date), so the feed only changes when the
 * content does.
 */
public final class AtomFeedWriter {
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeedWriter() {
    }

    /** One entry: an article or an activity. */
    public record Entry(String id, String title, String url, LocalDate date, List<String> authors, String summary) {
    }

    /** @param id the feed's own absolute URL, which is also its permanent id */
    public static String write(String id, String title, String siteUrl, String author, List<Entry> entries) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            text(xml, "id", id);
            text(xml, "title", title);
            text(xml, "updated", timestamp(entries.stream().map(Entry::date).max(LocalDate::compareTo).orElse(LocalDate.of(2000, 1, 1))));
            link(xml, "self", id, "application/atom+xml");
            link(xml, "alternate", siteUrl, "text/html");
            xml.writeStartElement("author");
            text(xml, "name", author);
            xml.writeEndElement();
            for (Entry entry : entries) {
                xml.writeStartElement("entry");
                text(xml, "id", entry.id());
                text(xml, "title", entry.title());
                link(xml, "alternate", entry.url(), "text/html");
                text(xml, "updated", timestamp(entry.date()));
                text(xml, "published", timestamp(entry.date()));
                for (String name : entry.authors().isEmpty() ? List.of(author) : entry.authors()) {
                    xml.writeStartElement("author");
                    text(xml, "name", name);
                    xml.writeEndElement();
                }
                text(xml, "summary", entry.summary());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return out + "\n";
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write feed " + id, e);
        }
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeStartElement(element);
        xml.writeCharacters(XmlText.clean(value));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private static String timestamp(LocalDate date) {
        return date + "T00:00:00Z";
    }
}
