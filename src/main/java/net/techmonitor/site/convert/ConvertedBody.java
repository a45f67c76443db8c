package net.techmonitor.site.convert;

/**
 * The HTML of a document's body, as Asciidoctor produced it.
 *
 * @param machineAttributeRefused whether a reference to a machine folder ({docdir} and the like) was refused and
 *                                reported: the caller then need not look for the machine's folders in the text
 */
public record ConvertedBody(String html, boolean machineAttributeRefused) {
}
