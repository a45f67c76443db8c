package net.techmonitor.site;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The editors' contract (docs/content-format.md) and the validator name the same header attributes: every attribute
 * the catalog and the crawl read is described, and every attribute described is read. The attributes the code reads
 * are the names it passes to its header readers ({@code fields.required("city", ...)} and the like).
 */
class ContentFormatDocumentTest {
    private static final Pattern READ = Pattern.compile(
        "\\b(?:required|optional|list|countries|country|optionalDate|requiredDate|optionalInteger|parties|ids|value|lineOf|numbered)"
            + "\\(\\s*(?:fields,\\s*)?\"([a-z][a-z-]*)\"");
    /** An attribute read once per author: {@code :orcid:} for the first, {@code :orcid_2:} for the second, and so on. */
    private static final Pattern NUMBERED = Pattern.compile("\\bnumbered\\(\\s*fields,\\s*\"([a-z][a-z-]*)\"");
    private static final Pattern DOCUMENTED = Pattern.compile("(?<![\\w/]):([a-z][a-z-]*):(?=[\\s`)]|$)", Pattern.MULTILINE);

    @Test
    void theContractDescribesExactlyTheAttributesTheValidatorReads() throws IOException {
        Set<String> read = new TreeSet<>();
        Set<String> numbered = new TreeSet<>();
        Path main = TestSites.repository().resolve("src/main/java/net/techmonitor/site");
        for (String folder : new String[]{"catalog", "crawl"}) {
            try (Stream<Path> files = Files.walk(main.resolve(folder))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String code = Files.readString(file);
                    Matcher matcher = READ.matcher(code);
                    while (matcher.find()) {
                        read.add(matcher.group(1));
                    }
                    Matcher perAuthor = NUMBERED.matcher(code);
                    while (perAuthor.find()) {
                        numbered.add(perAuthor.group(1));
                    }
                }
            }
        }
        Set<String> documented = new TreeSet<>();
        String contract = Files.readString(TestSites.repository().resolve("docs/content-format.md"));
        Matcher matcher = DOCUMENTED.matcher(contract);
        while (matcher.find()) {
            documented.add(matcher.group(1));
        }
        assertTrue(read.size() > 25 && read.contains("participants") && read.contains("jbake-status"), "attributes read: " + read);
        assertEquals(read, documented, "attributes read by the validator (left) and described in docs/content-format.md (right)");
        assertTrue(numbered.contains("orcid") && numbered.contains("affiliation"), "attributes read per author: " + numbered);
        for (String name : numbered) {
            assertTrue(contract.contains(":" + name + "_2:"), "docs/content-format.md shows the second author's :" + name + "_2:");
        }
    }
}
