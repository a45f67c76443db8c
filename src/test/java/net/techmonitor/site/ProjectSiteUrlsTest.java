package net.techmonitor.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A GitHub project site: built with {@code --site-url https://org.github.io/techmonitor/}, every absolute URL of
 * the site's own pages, wherever the output carries one, is under that address, and the real site's host appears
 * nowhere. The URLs are collected generically (every attribute, text, JSON and XML value holding an http(s) URL of
 * the site's host), so a kind of URL added later is covered without being listed here.
 */
class ProjectSiteUrlsTest {
    private static final String SITE_URL = "https://org.github.io/techmonitor/";
    private static final Pattern URL = Pattern.compile("https?://[^\\s\"'<>]+");
    /** Hosts whose URLs are the site's own: the one it is built for, and the real site's, which must not appear. */
    private static final Set<String> OWN_HOSTS = Set.of("org.github.io", "techmonitor.net");

    @TempDir
    static Path temp;
    static TestSites.Run run;
    /** Every absolute URL of the site's host, with where it was found ("file: kind"). */
    static Map<String, Set<String>> urls;

    @BeforeAll
    static void build() throws Exception {
        run = TestSites.build(TestSites.fixture("articles", temp.resolve("a")), temp.resolve("a-out"), "--pdf-editions",
            "--site-url", SITE_URL);
        assertEquals(0, run.exitCode(), run.err());
        urls = ownUrls(run.output());
    }

    @Test
    void everyAbsoluteUrlOfTheSiteIsUnderTheSiteUrlAndLeadsToAFileOfIt() {
        assertFalse(urls.isEmpty());
        for (Map.Entry<String, Set<String>> url : urls.entrySet()) {
            assertTrue(url.getKey().startsWith(SITE_URL), url.getKey() + " in " + url.getValue());
            String path = url.getKey().substring(SITE_URL.length());
            Path file = run.output().resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
            assertTrue(Files.isRegularFile(file), url.getKey() + " (in " + url.getValue() + ") leads to no file of the site");
        }
    }

    @Test
    void everyKindOfAbsoluteUrlWasFound() {
        // So that the test above cannot pass on a site without them: each kind the issue named is among those seen.
        Set<String> kinds = new TreeSet<>();
        urls.values().forEach(places -> places.forEach(place -> kinds.add(place.substring(place.indexOf(": ") + 2))));
        for (String kind : List.of("link[rel=canonical] href", "meta[property=og:url] content", "meta[name=citation_pdf_url] content",
            "meta[name=DC.identifier] content", "json-ld url", "urlset/url/loc", "feed/id", "feed/link href", "feed/entry/id",
            "feed/entry/link href", "ics URL", "robots Sitemap")) {
            assertTrue(kinds.contains(kind), kind + " not among " + kinds);
        }
        assertTrue(urls.containsKey(SITE_URL + "partners/institute/"), "a partner's url in JSON-LD: " + urls.keySet());
    }

    @Test
    void theRealSitesHostAppearsInNoFileAndTheCalendarIsNamedAfterTheProjectSitesHost() throws Exception {
        try (var walk = Files.walk(run.output())) {
            for (Path file : walk.filter(Files::isRegularFile).filter(ProjectSiteUrlsTest::isText).toList()) {
                assertFalse(Files.readString(file).contains("techmonitor.net"), file.toString());
            }
        }
        assertTrue(Files.readString(run.output().resolve("activities.ics")).contains("UID:2020-forum@org.github.io"));
        assertEquals("User-agent: *\nAllow: /\nSitemap: " + SITE_URL + "sitemap.xml\n", Files.readString(run.output().resolve("robots.txt")));
    }

    @Test
    void pagesLinkUnderTheSiteUrlsPath() {
        Document article = run.page("issues/2020-q1/second-article/");
        assertEquals(SITE_URL + "issues/2020-q1/second-article/", article.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("/techmonitor/issues/2020-q1/second-article/second-article.pdf", article.selectFirst("a.download").attr("href"));
        assertEquals("/techmonitor/favicon.svg", article.selectFirst("head link[rel=icon]").attr("href"), "the icon is under the base path too");
    }

    @Test
    void aPdfEditionsLinksAreAbsoluteUnderTheSiteUrlAndLeadToFilesOfIt() throws Exception {
        try (var walk = Files.walk(run.output())) {
            List<String> failures = walk.filter(file -> file.toString().endsWith(".pdf"))
                .flatMap(file -> PdfReading.of(file).pdfUaFailures().stream()).toList();
            assertEquals(List.of(), failures, "PDF/UA-1 under the project site's URL too");
        }
        List<String> links = PdfReading.of(run.output().resolve("issues/2020-q1/second-article/second-article.pdf")).linkUris();
        List<String> own = links.stream().filter(link -> link.startsWith("https://org.github.io/")).toList();
        assertTrue(own.contains(SITE_URL + "issues/2020-q1/"), "the article's issue: " + links);
        for (String link : own) {
            assertTrue(link.startsWith(SITE_URL), link);
            String path = link.substring(SITE_URL.length());
            assertTrue(Files.isRegularFile(run.output().resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path)), link);
        }
    }

    @Test
    void siteUrlInJbakePropertiesBuildsTheSameAsTheOptionAndBasePathAloneKeepsItsHost() throws Exception {
        Path site = TestSites.fixture("articles", temp.resolve("f"));
        Files.writeString(site.resolve("jbake.properties"), "site.title=Fixture Monitor\nsite.url=https://org.github.io/techmonitor\n");
        TestSites.Run fromFile = TestSites.build(site, temp.resolve("f-out"), "--pdf-editions");
        assertEquals(0, fromFile.exitCode(), fromFile.err());
        assertEquals(TestSites.files(run.output()).keySet(), TestSites.files(fromFile.output()).keySet());
        for (String file : List.of("sitemap.xml", "feed.xml", "activities.ics", "robots.txt", "issues/2020-q1/second-article/index.html")) {
            assertEquals(Files.readString(run.output().resolve(file)), Files.readString(fromFile.output().resolve(file)), file);
        }
        // --base-path moves the site under another path of the same host; agreeing with --site-url it is allowed.
        TestSites.Run moved = TestSites.build(site, temp.resolve("m-out"), "--base-path", "/monitor/");
        assertEquals(0, moved.exitCode(), moved.err());
        assertEquals("https://org.github.io/monitor/", moved.page("").selectFirst("link[rel=canonical]").attr("href"));
        TestSites.Run agreeing = TestSites.build(site, temp.resolve("g-out"), "--site-url", "https://example.org/monitor", "--base-path", "monitor");
        assertEquals(0, agreeing.exitCode(), agreeing.err());
        assertEquals("https://example.org/monitor/", agreeing.page("").selectFirst("link[rel=canonical]").attr("href"));
    }

    @Test
    void aBadSiteUrlOptionIsAWrongCommandLine() {
        Path site = TestSites.fixture("minimal", temp.resolve("bad-option"));
        TestSites.Run bad = TestSites.build(site, temp.resolve("bad-option-out"), "--site-url", "https://org.github.io/techmonitor/?x=1");
        assertEquals(2, bad.exitCode());
        assertEquals(List.of("error: bad --site-url 'https://org.github.io/techmonitor/?x=1' (expected no query: the site URL is where "
            + "the site's pages start, such as https://org.github.io/techmonitor/)", "Usage: java -jar target/techmonitor-site.jar build [options]; build --help lists its options"), bad.errorLines());
        TestSites.Run badPath = TestSites.build(site, temp.resolve("bad-option-out"), "--base-path", "/a b/");
        assertEquals(2, badPath.exitCode());
        assertEquals("error: bad --base-path '/a b/' (expected a URL path such as /techmonitor/)", badPath.errorLines().get(0));
        assertFalse(Files.exists(temp.resolve("bad-option-out")));
    }

    @Test
    void aSiteUrlAndABasePathThatDisagreeAreAWrongCommandLine() {
        Path site = TestSites.fixture("minimal", temp.resolve("disagree"));
        TestSites.Run both = TestSites.build(site, temp.resolve("disagree-out"), "--site-url", "https://org.github.io/techmonitor",
            "--base-path", "/monitor/");
        assertEquals(2, both.exitCode());
        assertEquals("error: --site-url https://org.github.io/techmonitor/ has the base path /techmonitor/ but --base-path says "
            + "/monitor/ (expected --site-url alone, which gives both the host and the base path, or a --base-path that agrees "
            + "with it)", both.errorLines().get(0));
    }

    @Test
    void aBadSiteUrlInJbakePropertiesIsNamedWithItsLine() throws Exception {
        Path site = TestSites.fixture("minimal", temp.resolve("bad-file"));
        Files.writeString(site.resolve("jbake.properties"), "site.title=Minimal Monitor\n# where it lives \\\n\nsite.url = ftp://org.github.io/\n");
        TestSites.Run bad = TestSites.build(site, temp.resolve("bad-file-out"));
        assertEquals(1, bad.exitCode());
        assertEquals("config: jbake.properties:4: bad site.url 'ftp://org.github.io/' (expected an address starting with https:// "
            + "or http://, such as https://techmonitor.net/)", bad.errorLines().get(0));
        // An option does not hide a typo in the file.
        TestSites.Run overridden = TestSites.build(site, temp.resolve("bad-file-out"), "--site-url", SITE_URL);
        assertEquals(1, overridden.exitCode());
        assertEquals(bad.errorLines().get(0), overridden.errorLines().get(0));
    }

    @Test
    void theSettingsSiteUrlReplacedAreRefusedWithTheirLine() throws Exception {
        Path site = TestSites.fixture("minimal", temp.resolve("old"));
        Files.writeString(site.resolve("jbake.properties"), "site.title=Minimal Monitor\nsite.host=https://org.github.io\nsite.base-path=/techmonitor/\n");
        TestSites.Run old = TestSites.build(site, temp.resolve("old-out"));
        assertEquals(1, old.exitCode());
        String expected = " is no longer read (expected site.url, which gives the host and the base path together, such as "
            + "site.url=https://techmonitor.net/ or site.url=https://org.github.io/techmonitor/)";
        assertEquals(List.of("config: jbake.properties:2: site.host" + expected, "config: jbake.properties:3: site.base-path" + expected),
            old.errorLines().subList(0, 2));
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        return !name.endsWith(".pdf") && !name.endsWith(".png") && !name.endsWith(".jpg") && !name.endsWith(".woff2");
    }

    /** Every URL of the site's own hosts in every file the site publishes, each with where it was found. */
    private static Map<String, Set<String>> ownUrls(Path output) throws Exception {
        Map<String, Set<String>> found = new TreeMap<>();
        try (var walk = Files.walk(output)) {
            for (Path file : walk.filter(Files::isRegularFile).filter(ProjectSiteUrlsTest::isText).sorted().toList()) {
                String name = output.relativize(file).toString();
                String text = Files.readString(file, StandardCharsets.UTF_8);
                List<String[]> values = new ArrayList<>();
                if (name.endsWith(".html")) {
                    htmlValues(Jsoup.parse(text), values);
                } else if (name.endsWith(".xml")) {
                    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                    factory.setNamespaceAware(true);
                    xmlValues(factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement(), "", values);
                } else if (name.endsWith(".json")) {
                    jsonValues(new ObjectMapper().readTree(text), "json", values);
                } else if (name.endsWith(".ics")) {
                    // RFC 5545 folds long lines: a line starting with a space continues the one before.
                    for (String line : text.replace("\r\n ", "").replace("\n ", "").split("\r?\n")) {
                        int colon = line.indexOf(':');
                        values.add(new String[]{"ics " + (colon < 0 ? line : line.substring(0, colon)), line});
                    }
                } else if (name.equals("robots.txt")) {
                    for (String line : text.split("\n")) {
                        values.add(new String[]{"robots " + line.replaceFirst(":.*", ""), line});
                    }
                } else {
                    values.add(new String[]{"text", text});
                }
                for (String[] value : values) {
                    Matcher matcher = URL.matcher(value[1]);
                    while (matcher.find()) {
                        // A BibTeX value's closing brace (cite.bib) ends a URL as a bracket does.
                        String url = matcher.group().replaceFirst("[.,;)\\]}]+$", "");
                        String host = URI.create(url).getHost();
                        if (host != null && OWN_HOSTS.contains(host)) {
                            found.computeIfAbsent(url, key -> new TreeSet<>()).add(name + ": " + value[0]);
                        }
                    }
                }
            }
        }
        return found;
    }

    private static void htmlValues(Document page, List<String[]> values) {
        for (Element element : page.getAllElements()) {
            String selector = element.tagName() + (element.hasAttr("rel") ? "[rel=" + element.attr("rel") + "]"
                : element.hasAttr("property") ? "[property=" + element.attr("property") + "]"
                : element.hasAttr("name") ? "[name=" + element.attr("name") + "]" : "");
            for (Attribute attribute : element.attributes()) {
                values.add(new String[]{selector + " " + attribute.getKey(), attribute.getValue()});
            }
            if (element.tagName().equals("script") && element.attr("type").equals("application/ld+json")) {
                try {
                    jsonValues(new ObjectMapper().readTree(element.data()), "json-ld", values);
                } catch (java.io.IOException e) {
                    throw new AssertionError("JSON-LD that does not parse: " + element.data(), e);
                }
            } else {
                values.add(new String[]{element.tagName() + " text", element.ownText() + " " + element.data()});
            }
        }
    }

    private static void jsonValues(JsonNode node, String kind, List<String[]> values) {
        if (node.isTextual()) {
            values.add(new String[]{kind, node.asText()});
        }
        node.fields().forEachRemaining(field -> jsonValues(field.getValue(), field.getValue().isValueNode() ? kind + " " + field.getKey() : kind, values));
        if (node.isArray()) {
            node.forEach(item -> jsonValues(item, kind, values));
        }
    }

    private static void xmlValues(org.w3c.dom.Element element, String parent, List<String[]> values) {
        String path = (parent.isEmpty() ? "" : parent + "/") + element.getLocalName();
        for (int i = 0; i < element.getAttributes().getLength(); i++) {
            Node attribute = element.getAttributes().item(i);
            values.add(new String[]{path + " " + attribute.getNodeName(), attribute.getNodeValue()});
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof org.w3c.dom.Element childElement) {
                xmlValues(childElement, path, values);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                values.add(new String[]{path, child.getNodeValue()});
            }
        }
    }
}
