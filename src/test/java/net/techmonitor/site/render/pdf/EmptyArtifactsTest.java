package net.techmonitor.site.render.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The empty background artifacts openhtmltopdf leaves are taken out of a PDF, and nothing else is. */
class EmptyArtifactsTest {
    @TempDir
    Path output;

    private static final Pattern PROPERTY = Pattern.compile("/(Prop\\d+) BDC");

    @Test
    void emptySequencesGoWithTheirPropertyListsAndTheOthersStay() throws IOException {
        String content = "q\n/Artifact /Prop1 BDC\nEMC\n/Artifact /Prop2 BDC\nEMC\n/Artifact /Prop3 BDC\n0 g\nEMC\n"
            + "/Span <</MCID 0>> BDC\nBT\n(/Artifact /Prop4 BDC EMC) Tj\nET\nEMC\n/Artifact /Prop5 BDC\nEMC\nQ\n";
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            COSStream stream = document.getDocument().createCOSStream();
            try (OutputStream out = stream.createOutputStream()) {
                out.write(content.getBytes(StandardCharsets.US_ASCII));
            }
            page.getCOSObject().setItem(COSName.CONTENTS, stream);
            COSDictionary properties = new COSDictionary();
            for (int i = 1; i <= 5; i++) {
                properties.setItem("Prop" + i, new COSDictionary());
            }
            PDResources resources = new PDResources();
            resources.getCOSObject().setItem(COSName.PROPERTIES, properties);
            page.setResources(resources);

            EmptyArtifacts.removeFrom(document);

            assertEquals("q\n/Artifact /Prop3 BDC\n0 g\nEMC\n/Span <</MCID 0>> BDC\nBT\n(/Artifact /Prop4 BDC EMC) Tj\nET\nEMC\nQ\n",
                content(stream));
            assertEquals(COSName.FLATE_DECODE, stream.getFilters());
            assertEquals(Set.of("Prop3", "Prop4"), names(properties));
        }
    }

    @Test
    void aRenderedPdfKeepsItsFooterAndBackgroundsAndEveryPropertyListItNames() throws IOException {
        byte[] pdf = TaggedPdfRenderer.render(PrintSample.prepared(output), 1);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                COSStream stream = (COSStream) page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
                assertEquals(COSName.FLATE_DECODE, stream.getFilters());
                String text = content(stream);
                assertFalse(Pattern.compile("/Artifact /Prop\\d+ BDC\nEMC\n").matcher(text).find(), text);
                Set<String> named = new TreeSet<>();
                Matcher matcher = PROPERTY.matcher(text);
                while (matcher.find()) {
                    named.add(matcher.group(1));
                }
                COSDictionary properties = page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
                assertEquals(named, properties == null ? Set.of() : names(properties));
                // The running footer, and the table header's shading with its bounding box, are still artifacts.
                List<String> types = named.stream().map(name -> properties.getCOSDictionary(COSName.getPDFName(name)))
                    .map(list -> list.getNameAsString(COSName.TYPE)).toList();
                assertTrue(types.contains("Pagination"), types.toString());
                assertTrue(named.stream().map(name -> properties.getCOSDictionary(COSName.getPDFName(name)))
                    .anyMatch(list -> "Background".equals(list.getNameAsString(COSName.TYPE)) && list.getCOSArray(COSName.BBOX) != null),
                    types.toString());
            }
        }
    }

    private static String content(COSStream stream) throws IOException {
        try (InputStream in = stream.createInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static Set<String> names(COSDictionary dictionary) {
        Set<String> names = new TreeSet<>();
        dictionary.keySet().forEach(name -> names.add(name.getName()));
        return names;
    }
}
