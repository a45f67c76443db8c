package net.techmonitor.site;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a PDF edition back as a reader's tools do: veraPDF's PDF/UA-1 verdict, the text in the order of its
 * structure tree (what a screen reader reads; the artifacts, such as running footers, left out), the structure
 * elements, its links and its bookmarks.
 */
final class PdfReading {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private final byte[] bytes;
    private final String name;

    /** A structure element as the test sees it: its type, its alternative text, its text in reading order. */
    record Element(String type, String alt, String text) {
    }

    private PdfReading(String name, byte[] bytes) {
        this.name = name;
        this.bytes = bytes;
    }

    static PdfReading of(Path file) {
        try {
            return new PdfReading(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF/UA-1 rules veraPDF finds failed, each once with how often and the first place: empty when it conforms. */
    List<String> pdfUaFailures() {
        try (VeraPDFFoundry foundry = Foundries.defaultInstance();
             PDFAValidator validator = foundry.createValidator(PDFAFlavour.PDFUA_1, false);
             PDFAParser parser = foundry.createParser(new ByteArrayInputStream(bytes), PDFAFlavour.PDFUA_1)) {
            ValidationResult result = validator.validate(parser);
            Map<String, List<TestAssertion>> failed = new TreeMap<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failed.computeIfAbsent(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber(),
                        any -> new ArrayList<>()).add(assertion);
                }
            }
            List<String> lines = new ArrayList<>();
            failed.forEach((rule, all) -> lines.add(name + ": rule " + rule + " failed " + all.size() + " times: "
                + all.get(0).getMessage().replaceAll("\\s+", " ") + " at " + all.get(0).getLocation().getContext()));
            if (lines.isEmpty() && !result.isCompliant()) {
                lines.add(name + ": not compliant, without a failed rule");
            }
            return lines;
        } catch (Exception e) {
            throw new AssertionError(name + ": veraPDF could not validate it: " + e, e);
        }
    }

    private PDDocument load() {
        try {
            return Loader.loadPDF(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document's language, its title (as its metadata gives it) and whether a viewer shows the title. */
    List<String> languageTitleAndDisplay() {
        try (PDDocument document = load()) {
            return List.of(String.valueOf(document.getDocumentCatalog().getLanguage()), String.valueOf(document.getDocumentInformation().getTitle()),
                String.valueOf(document.getDocumentCatalog().getViewerPreferences() != null
                    && document.getDocumentCatalog().getViewerPreferences().displayDocTitle()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int pages() {
        try (PDDocument document = load()) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The URI of every link on every page. */
    List<String> linkUris() {
        List<String> uris = new ArrayList<>();
        try (PDDocument document = load()) {
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link) {
                        PDAction action = link.getAction();
                        if (action instanceof PDActionURI uri) {
                            uris.add(uri.getURI());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uris;
    }

    /** How many links of the PDF lead elsewhere in it (the contents, footnotes), not out of it. */
    int internalLinks() {
        int count = 0;
        try (PDDocument document = load()) {
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && !(link.getAction() instanceof PDActionURI)) {
                        count++;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count;
    }

    /** The bookmarks, depth first, each indented by two spaces per level. */
    List<String> bookmarks() {
        List<String> titles = new ArrayList<>();
        try (PDDocument document = load()) {
            if (document.getDocumentCatalog().getDocumentOutline() != null) {
                bookmarks(document.getDocumentCatalog().getDocumentOutline(), "", titles);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return titles;
    }

    private static void bookmarks(PDOutlineNode node, String indent, List<String> into) {
        for (PDOutlineItem item : node.children()) {
            into.add(indent + item.getTitle());
            bookmarks(item, indent + "  ", into);
        }
    }

    /** The text in the order of the structure tree, the artifacts left out. */
    String readingText() {
        StringBuilder text = new StringBuilder();
        elements().stream().filter(element -> element.type().equals("Document")).findFirst().ifPresent(root -> text.append(root.text()));
        return text.toString();
    }

    /** Every structure element, depth first, with the text of its content in reading order. */
    List<Element> elements() {
        try (PDDocument document = load()) {
            Map<PDPage, Map<Integer, String>> contents = new HashMap<>();
            for (PDPage page : document.getPages()) {
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(page);
                Map<Integer, String> byId = new HashMap<>();
                extractor.getMarkedContents().forEach(content -> collect(content, byId));
                contents.put(page, byId);
            }
            List<Element> elements = new ArrayList<>();
            PDStructureNode root = document.getDocumentCatalog().getStructureTreeRoot();
            if (root != null) {
                for (Object kid : root.getKids()) {
                    if (kid instanceof PDStructureElement element) {
                        walk(element, null, contents, elements);
                    }
                }
            }
            return elements;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of one structure element's subtree, adding each element met to {@code into} (parents first). */
    private static String walk(PDStructureElement element, PDPage inherited, Map<PDPage, Map<Integer, String>> contents, List<Element> into) {
        PDPage page = element.getPage() != null ? element.getPage() : inherited;
        int place = into.size();
        into.add(null);
        StringBuilder text = new StringBuilder();
        for (Object kid : element.getKids()) {
            if (kid instanceof PDStructureElement child) {
                text.append(walk(child, page, contents, into)).append(' ');
            } else if (kid instanceof Integer mcid && page != null) {
                text.append(contents.getOrDefault(page, Map.of()).getOrDefault(mcid, ""));
            } else if (kid instanceof PDMarkedContentReference reference) {
                PDPage on = reference.getPage() != null ? reference.getPage() : page;
                text.append(contents.getOrDefault(on, Map.of()).getOrDefault(reference.getMCID(), ""));
            }
        }
        into.set(place, new Element(element.getStructureType(), element.getAlternateDescription(), text.toString()));
        return text.toString();
    }

    private static void collect(PDMarkedContent content, Map<Integer, String> byId) {
        StringBuilder text = new StringBuilder();
        for (Object part : content.getContents()) {
            if (part instanceof TextPosition position) {
                text.append(position.getUnicode());
            } else if (part instanceof PDMarkedContent inner) {
                collect(inner, byId);
            }
        }
        if (content.getMCID() >= 0) {
            byId.merge(content.getMCID(), text.toString(), String::concat);
        }
    }

    /** How many structure elements there are of each type. */
    Map<String, Integer> typeCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        elements().forEach(element -> counts.merge(element.type(), 1, Integer::sum));
        return counts;
    }
}
