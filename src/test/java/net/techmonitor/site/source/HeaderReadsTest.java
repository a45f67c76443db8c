package net.techmonitor.site.source;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HeaderReadsTest {
    private final List<String> problems = new ArrayList<>();

    private HeaderReads reads(String... lines) {
        return new HeaderReads(AsciidocHeaderScanner.scan(List.of(lines), (line, message) -> { }),
            (line, message) -> problems.add(line + ":" + message));
    }

    @Test
    void attributesReadFromBelowTheHeaderAreOneProblemAtTheBlankLineAndNotAlsoMissing() {
        HeaderReads reads = reads("= Title", ":jbake-type: activity", "", ":city: Bangkok", "// a comment among them",
            ":countries: Japan, \\", "  Thailand", ":toc:", "", "Body.");
        assertEquals("activity", reads.value("jbake-type").orElseThrow());
        reads.value("countries");
        reads.value("city");
        reads.value("city");
        reads.missing("city", "the city");
        reads.missing("country", "the country");
        reads.reportBelowHeader();
        assertEquals(List.of(
            "1:missing required attribute ':country:' (expected the country)",
            "3:this blank line ends the header, so ':city:', ':countries:' on lines 4–6 below it are not read (expected no"
                + " blank line between the title and the header's last ':name: value' line)"), problems,
            "the entries in the order written, each once; :toc: was not read, so it is not named");
    }

    @Test
    void oneAttributeBelowTheHeaderIsNamedAlone() {
        HeaderReads reads = reads("= Title", "", ":jbake-type: page");
        reads.value("jbake-type");
        reads.reportBelowHeader();
        assertEquals(List.of("2:this blank line ends the header, so ':jbake-type:' on line 3 below it is not read (expected no"
            + " blank line between the title and the header's last ':name: value' line)"), problems);
    }

    @Test
    void aHeaderWithEverythingInItReportsNothing() {
        HeaderReads reads = reads("= Title", ":city: Bangkok", "", "Body.");
        reads.value("city");
        reads.value("country");
        reads.reportBelowHeader();
        assertEquals(List.of(), problems);
    }
}
