package net.techmonitor.site.urls;

import net.techmonitor.site.reference.IssueId;
import net.techmonitor.site.reference.CountryDirectory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SiteUrlsTest {
    private static final CountryDirectory COUNTRIES = CountryDirectory.load();

    @ParameterizedTest(name = "{0} under ''{1}''")
    @CsvSource({
        "home,           /,              index.html,                               /",
        "home,           /techmonitor/,  index.html,                               /techmonitor/",
        "issueArchive,   /,              issues/index.html,                        /issues/",
        "issue,          /,              issues/2018-q3/index.html,                /issues/2018-q3/",
        "article,        /techmonitor/,  issues/2018-q3/green-bonds/index.html,    /techmonitor/issues/2018-q3/green-bonds/",
        "activity,       /,              activities/2018/kunming-forum/index.html, /activities/2018/kunming-forum/",
        "activityYear,   /,              activities/2018/index.html,               /activities/2018/",
        "programme,      /,              programmes/technology-transfer/index.html, /programmes/technology-transfer/",
        "theme,          /,              themes/financing-innovation/index.html,   /themes/financing-innovation/",
        "country,        /,              countries/lao-peoples-democratic-republic/index.html, /countries/lao-peoples-democratic-republic/",
        "country,        /techmonitor/,  countries/lao-peoples-democratic-republic/index.html, /techmonitor/countries/lao-peoples-democratic-republic/",
        "partner,        /,              partners/tistr/index.html,                /partners/tistr/",
        "page,           /,              about/index.html,                         /about/",
        "contributions,  /,              contributions/2018/index.html,            /contributions/2018/",
    })
    void everyPageHasOneOutputPathAndOneUrl(String page, String basePath, String outputPath, String url) {
        SiteUrls urls = new SiteUrls(basePath);
        Function<SiteUrls, PagePath> of = switch (page) {
            case "home" -> SiteUrls::home;
            case "issueArchive" -> SiteUrls::issueArchive;
            case "issue" -> u -> u.issue(IssueId.parse("2018-q3").orElseThrow());
            case "article" -> u -> u.article(IssueId.parse("2018-q3").orElseThrow(), "green-bonds");
            case "activity" -> u -> u.activity(2018, "kunming-forum");
            case "activityYear" -> u -> u.activityYear(2018);
            case "programme" -> u -> u.programme("technology-transfer");
            case "theme" -> u -> u.theme("financing-innovation");
            case "country" -> u -> u.country(COUNTRIES.resolve("Laos").orElseThrow());
            case "partner" -> u -> u.partner("tistr");
            case "page" -> u -> u.page("about");
            case "contributions" -> u -> u.contributions(2018);
            default -> throw new IllegalArgumentException(page);
        };
        assertEquals(new PagePath(outputPath, url), of.apply(urls));
    }

    @ParameterizedTest
    @CsvSource({"'', /", "/, /", "techmonitor, /techmonitor/", "/techmonitor, /techmonitor/", "/a/b/, /a/b/"})
    void basePathsAreNormalized(String written, String normalized) {
        assertEquals(normalized, SiteUrls.normalizeBasePath(written));
    }

    @ParameterizedTest
    @CsvSource({"/../etc/", "/a b/", "/a//b/", "https://example.org/"})
    void basePathsThatAreNotPathsAreRefused(String written) {
        assertThrows(IllegalArgumentException.class, () -> SiteUrls.normalizeBasePath(written));
    }
}
