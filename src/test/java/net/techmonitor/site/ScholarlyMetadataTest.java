package net.techmonitor.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DOIs, ORCID iDs and affiliations on the "journal" fixture, held to the fixture's own headers: {@code omega-special}
 * (two authors, each with an ORCID iD, the second with two institutions, and a DOI), {@code zeta-special} (one
 * author with an institution, no iD, and a DOI with characters a URL must encode) and {@code later-article} (none of
 * them). Shown on the page, in the Google Scholar tags, in the JSON-LD and in "How to cite".
 */
class ScholarlyMetadataTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ISSUE = "content/issues/2021-q1/";

    @TempDir
    static Path temp;
    static TestSites.Run run;
    static Path site;

    @BeforeAll
    static void build() {
        site = TestSites.fixture("journal", temp);
        run = TestSites.build(site, temp.resolve("out"));
        assertEquals(0, run.exitCode(), run.err());
    }

    /** One author as the fixture's header writes them: the author line's name and the numbered attributes. */
    record Written(String name, String orcid, List<String> affiliations) {
    }

    private static List<String> lines(String file) throws Exception {
        return Files.readAllLines(site.resolve(ISSUE + file));
    }

    private static String attribute(List<String> lines, String name) {
        return lines.stream().filter(line -> line.startsWith(":" + name + ": ")).findFirst()
            .map(line -> line.substring(name.length() + 3).strip()).orElse(null);
    }

    private static List<Written> authors(String file) throws Exception {
        List<String> lines = lines(file);
        List<Written> authors = new ArrayList<>();
        String[] names = lines.get(1).split(";");
        for (int place = 1; place <= names.length; place++) {
            String suffix = place == 1 ? "" : "_" + place;
            String affiliation = attribute(lines, "affiliation" + suffix);
            authors.add(new Written(names[place - 1].strip(), attribute(lines, "orcid" + suffix),
                affiliation == null ? List.of() : Arrays.stream(affiliation.split(";")).map(String::strip).toList()));
        }
        return authors;
    }

    private static String page(String file) {
        return "issues/2021-q1/" + file.replace(".adoc", "/");
    }

    @Test
    void eachAuthorIsShownWithTheirInstitutionsAndOrcidLink() throws Exception {
        for (String file : List.of("omega-special.adoc", "zeta-special.adoc")) {
            List<Written> authors = authors(file);
            List<Element> items = run.page(page(file)).select("ul.byline.authors > li");
            assertEquals(authors.size(), items.size(), file);
            for (int i = 0; i < authors.size(); i++) {
                Written author = authors.get(i);
                Element item = items.get(i);
                assertEquals(author.name(), item.selectFirst(".author").text());
                assertEquals(author.affiliations(), item.select(".affiliation").eachText(), author.name());
                Element orcid = item.selectFirst("a.orcid");
                if (author.orcid() == null) {
                    assertNull(orcid, author.name());
                    continue;
                }
                assertEquals("https://orcid.org/" + author.orcid(), orcid.attr("href"));
                assertEquals(orcid.attr("href"), orcid.text(), "shown as its address, as ORCID asks");
                assertEquals("ORCID iD of " + author.name() + ": " + orcid.text(), orcid.attr("aria-label"),
                    "its accessible name says whose iD it is and holds the visible text");
            }
        }
        assertTrue(authors("omega-special.adoc").stream().allMatch(author -> author.orcid() != null), "the fixture has iDs");
        assertEquals(2, authors("omega-special.adoc").get(1).affiliations().size(), "and an author of two institutions");
    }

    @Test
    void theDoiLinksToTheResolverEncodedWhereAUrlNeedsIt() throws Exception {
        String doi = attribute(lines("zeta-special.adoc"), "doi");
        assertTrue(doi.contains("#") && doi.contains("<"), "the fixture's DOI holds characters a URL cannot: " + doi);
        Element link = run.page(page("zeta-special.adoc")).selectFirst("p.doi a");
        assertEquals("https://doi.org/" + doi, link.text(), "shown as written, after the resolver's address");
        URI uri = URI.create(link.attr("href"));
        assertEquals("doi.org", uri.getHost());
        assertEquals("/" + doi, uri.getPath(), "the link's path decodes to the DOI");
        assertNull(uri.getRawFragment(), "a '#' of the DOI is encoded, not a fragment");
        assertNull(run.page("issues/2021-q2/later-article/").selectFirst("p.doi"), "no DOI, no line");
    }

    @Test
    void scholarTagsGiveEachAuthorsInstitutionsAndIdRightAfterTheAuthor() throws Exception {
        Document omega = run.page(page("omega-special.adoc"));
        List<String> expected = new ArrayList<>();
        for (Written author : authors("omega-special.adoc")) {
            expected.add("citation_author=" + author.name());
            author.affiliations().forEach(affiliation -> expected.add("citation_author_institution=" + affiliation));
            expected.add("citation_author_orcid=https://orcid.org/" + author.orcid());
        }
        List<String> written = new ArrayList<>();
        for (Element meta : omega.select("meta[name^=citation_author]")) {
            written.add(meta.attr("name") + "=" + meta.attr("content"));
        }
        assertEquals(expected, written);
        List<String> order = omega.select("meta[name^=citation_]").eachAttr("name");
        assertEquals(order.indexOf("citation_title") + 1, order.indexOf("citation_author"), "the author tags follow the title");
        assertEquals(attribute(lines("omega-special.adoc"), "doi"), omega.selectFirst("meta[name=citation_doi]").attr("content"));

        Document later = run.page("issues/2021-q2/later-article/");
        assertNull(later.selectFirst("meta[name=citation_doi]"));
        assertTrue(later.select("meta[name=citation_author_institution], meta[name=citation_author_orcid]").isEmpty());
        assertEquals(1, later.select("meta[name=citation_author]").size());
    }

    @Test
    void jsonLdNamesTheDoiAndEachAuthorsAffiliationsAndOrcid() throws Exception {
        JsonNode article = jsonLd(page("omega-special.adoc"));
        assertEquals("ScholarlyArticle", article.get("@type").asText());
        String doi = attribute(lines("omega-special.adoc"), "doi");
        JsonNode identifier = article.get("identifier");
        assertEquals("PropertyValue", identifier.get("@type").asText());
        assertEquals("DOI", identifier.get("propertyID").asText());
        assertEquals(doi, identifier.get("value").asText());
        assertEquals("https://doi.org/" + doi, identifier.get("url").asText());
        assertEquals("https://doi.org/" + doi, article.get("sameAs").asText());
        List<Written> authors = authors("omega-special.adoc");
        JsonNode people = article.get("author");
        assertEquals(authors.size(), people.size());
        for (int i = 0; i < authors.size(); i++) {
            JsonNode person = people.get(i);
            assertEquals("Person", person.get("@type").asText());
            assertEquals(authors.get(i).name(), person.get("name").asText());
            assertEquals("https://orcid.org/" + authors.get(i).orcid(), person.get("sameAs").asText());
            List<String> affiliations = new ArrayList<>();
            for (JsonNode organization : person.get("affiliation")) {
                assertEquals("Organization", organization.get("@type").asText());
                affiliations.add(organization.get("name").asText());
            }
            assertEquals(authors.get(i).affiliations(), affiliations);
        }
        JsonNode later = jsonLd("issues/2021-q2/later-article/");
        assertFalse(later.has("identifier") || later.has("sameAs"), later.toString());
        assertFalse(later.get("author").get(0).has("affiliation") || later.get("author").get(0).has("sameAs"));
    }

    @Test
    void howToCiteGivesTheDoiInBothStylesAndEveryDownload() throws Exception {
        String doi = attribute(lines("zeta-special.adoc"), "doi");
        String folder = "issues/2021-q1/zeta-special/";
        Element section = run.page(folder).selectFirst("section.how-to-cite");
        for (Element entry : section.select("dd.reference")) {
            assertTrue(entry.text().contains("https://doi.org/" + doi), entry.text());
            assertFalse(entry.text().contains("journal.example.org"), "with a DOI the styles cite it instead of the page: " + entry.text());
        }
        String ris = Files.readString(run.output().resolve(folder + "cite.ris"));
        assertTrue(ris.contains("\r\nDO  - " + doi + "\r\n"), ris);
        assertTrue(ris.contains("\r\nUR  - https://journal.example.org/" + folder + "\r\n"), "the page stays in the files: " + ris);
        BibTeXDatabase database = new BibTeXParser().parse(new StringReader(Files.readString(run.output().resolve(folder + "cite.bib"))));
        BibTeXEntry entry = database.getEntries().values().iterator().next();
        assertEquals(doi, entry.getField(new Key("doi")).toUserString());
        JsonNode item = JSON.readTree(Files.readString(run.output().resolve(folder + "cite.json"))).get(0);
        assertEquals(doi, item.get("DOI").asText());

        String later = Files.readString(run.output().resolve("issues/2021-q2/later-article/cite.ris"));
        assertFalse(later.contains("\r\nDO  - "), later);
        assertFalse(JSON.readTree(Files.readString(run.output().resolve("issues/2021-q2/later-article/cite.json"))).get(0).has("DOI"));
    }

    private static JsonNode jsonLd(String page) throws Exception {
        Element script = run.page(page).selectFirst("script[type=application/ld+json]");
        assertNotNull(script, page);
        return JSON.readTree(script.data());
    }
}
