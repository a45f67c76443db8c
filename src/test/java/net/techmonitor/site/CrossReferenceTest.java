package net.techmonitor.site;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Cross-references between content files ({@code sites/cross-references/}, laid over the "articles" fixture): every
 * form leads to the page of the document it names, under the base path too, with the document's title where the
 * reference gives no text.
 */
class CrossReferenceTest {
    @TempDir
    static Path temp;
    static TestSites.Run root;
    static TestSites.Run project;

    @BeforeAll
    static void build() {
        Path site = TestSites.fixture("articles", temp);
        TestSites.copyTree(TestSites.repository().resolve("src/test/resources/sites/cross-references/content"), site.resolve("content"));
        root = TestSites.build(site, temp.resolve("out"));
        assertEquals(0, root.exitCode(), root.err());
        project = TestSites.build(site, temp.resolve("out-project"), "--base-path", "/techmonitor/");
        assertEquals(0, project.exitCode(), project.err());
    }

    @Test
    void everyFormLeadsToTheDocumentsPageWithItsTitleWhereTheReferenceGivesNoText() {
        assertEquals(List.of(
            "/issues/2020-q2/ Beta futures",
            "/issues/2020-q2/sibling-article/ the sibling",
            "/issues/2020-q2/sibling-article/ the sibling again",
            "/issues/2020-q2/sibling-article/ A sibling article",
            "/issues/2020-q2/sibling-article/#a-section A sibling article",
            "/issues/2020-q1/first-article/ The first article",
            "/activities/2020/forum/ Forum on beta",
            "/themes/alpha/ Alpha theme",
            "/partners/institute/ the institute",
            "/about/ About the fixture",
            "/issues/2020-q1/second-article/ The second article",
            "/issues/2020-q1/ the first issue"), links(root.page("issues/2020-q2/linking-article/")));
    }

    @Test
    void theBasePathIsInFrontOfEveryOne() {
        List<String> links = links(project.page("issues/2020-q2/linking-article/"));
        assertAll(
            () -> assertEquals("/techmonitor/issues/2020-q2/ Beta futures", links.get(0)),
            () -> assertEquals("/techmonitor/issues/2020-q2/sibling-article/#a-section A sibling article", links.get(4)),
            () -> assertEquals("/techmonitor/issues/2020-q1/first-article/ The first article", links.get(5)),
            () -> assertEquals("/techmonitor/about/ About the fixture", links.get(9)),
            () -> assertEquals("/techmonitor/issues/2020-q1/second-article/ The second article", links.get(10)),
            () -> assertEquals(12, links.size()));
    }

    @Test
    void aPageAndABackReferenceWithAFragmentLeadToTheirPagesToo() {
        assertEquals(List.of(
            "/issues/2020-q2/linking-article/ An article that refers to others",
            "/issues/2020-q1/ The first issue",
            "/activities/2020/forum/ Forum on beta"), links(root.page("reading-list/")));
        assertEquals(List.of("/issues/2020-q2/linking-article/#other-folders An article that refers to others"),
            links(root.page("issues/2020-q2/sibling-article/")));
        assertEquals(List.of("/techmonitor/issues/2020-q2/linking-article/#other-folders An article that refers to others"),
            links(project.page("issues/2020-q2/sibling-article/")));
    }

    /** Each link of the page's body, as "href text". */
    private static List<String> links(Document page) {
        Element body = page.selectFirst(".body");
        assertNotNull(body, page.outerHtml());
        return body.select("a[href]").stream().map(link -> link.attr("href") + " " + link.text()).toList();
    }
}
