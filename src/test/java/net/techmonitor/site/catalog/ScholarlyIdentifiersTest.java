package net.techmonitor.site.catalog;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.NumericChars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ORCID iDs and DOIs as editors copy them: the forms accepted, refused, and the links made of them. */
class ScholarlyIdentifiersTest {

    /** iDs from ORCID's own documentation and records: the algorithm's examples, one ending in X. */
    @ParameterizedTest
    @ValueSource(strings = {"0000-0002-1825-0097", "0000-0001-5109-3700", "0000-0002-1694-233X"})
    void orcidsOfOrcidsDocumentationAreAccepted(String iD) {
        assertEquals(Optional.of(new OrcidId(iD)), OrcidId.parse(iD));
        assertEquals("https://orcid.org/" + iD, OrcidId.parse(iD).orElseThrow().url());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-0002-1825-0098", "0000-0002-1694-2330", "0000-0002-1694-233x", "0000000218250097",
        "0000-0002-1825-009", "0000-0002-1825-00970", " 0000-0002-1825-0097", "https://orcid.org/0000-0002-1825-0097", ""})
    void orcidsWithAWrongCheckCharacterOrForm(String written) {
        assertTrue(OrcidId.parse(written).isEmpty(), written);
    }

    /** Of the eleven check characters, exactly one makes fifteen digits an iD: every single mistyped last character is caught. */
    @Property(tries = 500)
    void exactlyOneCheckCharacterCompletesAnyFifteenDigits(@ForAll @NumericChars @StringLength(15) String digits) {
        String grouped = digits.substring(0, 4) + "-" + digits.substring(4, 8) + "-" + digits.substring(8, 12) + "-" + digits.substring(12);
        long valid = Stream.of("0123456789X".split("")).filter(check -> OrcidId.parse(grouped + check).isPresent()).count();
        assertEquals(1, valid, grouped);
    }

    @Property(tries = 500)
    void swappingTwoDifferentNeighbouringDigitsIsCaught(@ForAll @NumericChars @StringLength(15) String digits) {
        String grouped = digits.substring(0, 4) + "-" + digits.substring(4, 8) + "-" + digits.substring(8, 12) + "-" + digits.substring(12);
        String valid = Stream.of("0123456789X".split("")).map(check -> grouped + check).filter(iD -> OrcidId.parse(iD).isPresent())
            .findFirst().orElseThrow();
        for (int i = 0; i + 1 < valid.length(); i++) {
            char a = valid.charAt(i);
            char b = valid.charAt(i + 1);
            if (a != b && Character.isDigit(a) && Character.isDigit(b)) {
                String swapped = valid.substring(0, i) + b + a + valid.substring(i + 2);
                assertTrue(OrcidId.parse(swapped).isEmpty(), valid + " with " + a + b + " swapped");
            }
        }
    }

    @Test
    void anOrcidLinkGivesItsBareIdForTheMessage() {
        assertEquals(Optional.of("0000-0002-1825-0097"), OrcidId.insideLink("https://orcid.org/0000-0002-1825-0097"));
        assertEquals(Optional.of("0000-0002-1825-0097"), OrcidId.insideLink("http://www.orcid.org/0000-0002-1825-0097"));
        assertEquals(Optional.empty(), OrcidId.insideLink("https://orcid.org/0000-0002-1825-0098"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.5555/12345678", "10.1000/182", "10.1000.10/abc", "10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-O",
        "10.5555/fix_zeta#1<2>", "10.5555/ünïcode"})
    void doisOfAnySuffixAreAccepted(String doi) {
        assertEquals(Optional.of(new Doi(doi)), Doi.parse(doi));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.abcd/1", "10./1", "10.5555", "10.5555/", "11.5555/1", "10.5555/a b", "doi:10.5555/1",
        "https://doi.org/10.5555/1", "10.5555/a\tb", ""})
    void doisThatAreNotOneAreRefused(String written) {
        assertTrue(Doi.parse(written).isEmpty(), written);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"https://doi.org/10.5555/1|10.5555/1", "http://dx.doi.org/10.5555/1|10.5555/1",
        "doi:10.5555/1|10.5555/1", "DOI: 10.5555/1|10.5555/1"})
    void aDoiLinkOrNameGivesItsBareDoiForTheMessage(String written, String bare) {
        assertEquals(Optional.of(bare), Doi.insideLink(written));
    }

    /** The resolver link keeps what a URL path may hold and percent-encodes, in UTF-8, what it may not. */
    @Test
    void aDoisLinkIsPercentEncodedWhereAUrlNeedsIt() {
        assertEquals("https://doi.org/10.5555/12345678", new Doi("10.5555/12345678").url());
        assertEquals("https://doi.org/10.5555/fix_zeta%231%3C2%3E", new Doi("10.5555/fix_zeta#1<2>").url());
        assertEquals("https://doi.org/10.1002/(SICI)1097-4571(199806)49:8%3C693::AID-ASI4%3E3.0.CO;2-O",
            new Doi("10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-O").url());
        assertEquals("https://doi.org/10.5555/%C3%BC%3F%25", new Doi("10.5555/ü?%").url());
        for (String doi : List.of("10.5555/fix_zeta#1<2>", "10.5555/ü?%", "10.5555/a\"b{c}|d")) {
            String path = java.net.URI.create(new Doi(doi).url()).getPath();
            assertEquals("/" + doi, path, "the link decodes to the DOI itself");
        }
    }

    @Test
    void doisAreComparedWithoutRegardToCase() {
        assertEquals(new Doi("10.5555/ABC-def").comparable(), new Doi("10.5555/abc-DEF").comparable());
    }
}
