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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "https://techmonitor.net/            | https://techmonitor.net | /",
        "https://techmonitor.net             | https://techmonitor.net | /",
        "https://org.github.io/techmonitor   | https://org.github.io   | /techmonitor/",
        "https://org.github.io/techmonitor/  | https://org.github.io   | /techmonitor/",
        "HTTPS://Org.GitHub.io/a/b/          | https://org.github.io   | /a/b/",
        "http://localhost:8820/              | http://localhost:8820   | /",
        "'  https://techmonitor.net/  '      | https://techmonitor.net | /",
    })
    void siteUrlsGiveTheOriginAndTheBasePath(String written, String origin, String basePath) {
        SiteUrls.SiteAddress address = SiteUrls.parseSiteUrl(written, "site.url");
        assertEquals(new SiteUrls.SiteAddress(origin, basePath), address);
        SiteUrls urls = new SiteUrls(address);
        assertEquals(origin + basePath + "issues/", urls.absolute(urls.issueArchive().url()));
        assertEquals(origin + basePath, urls.siteUrl());
    }

    /** One site URL per rule, with the message an editor reads (the caller names where the value came from). */
    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', value = {
        "''                           | an address starting with https:// or http://, such as https://techmonitor.net/",
        "techmonitor.net              | an address starting with https:// or http://, such as https://techmonitor.net/",
        "ftp://techmonitor.net/       | an address starting with https:// or http://, such as https://techmonitor.net/",
        "https:techmonitor.net        | an address starting with https:// or http://, such as https://techmonitor.net/",
        "https://techmonitor net/     | a web address such as https://techmonitor.net/ or https://org.github.io/techmonitor/",
        "https:///techmonitor/        | a host after https://, such as https://org.github.io/techmonitor/",
        "https://editor@org.github.io/ | no user name or password before the host",
        "https://org_name.github.io/  | a host name of letters, digits, dots and hyphens, and at most a port number, such as https://org.github.io/ or http://localhost:8820/",
        "https://org.github.io:/      | a host name of letters, digits, dots and hyphens, and at most a port number, such as https://org.github.io/ or http://localhost:8820/",
        "https://org.github.io:123456/ | a host name of letters, digits, dots and hyphens, and at most a port number, such as https://org.github.io/ or http://localhost:8820/",
        "https://org.github.io/techmonitor/?ref=x | no query: the site URL is where the site's pages start, such as https://org.github.io/techmonitor/",
        "https://org.github.io/techmonitor/#top | no #fragment: the site URL is where the site's pages start, such as https://org.github.io/techmonitor/",
        "https://org.github.io/a//b/  | a path of letters, digits and . _ ~ - between slashes after the host, such as /techmonitor/",
        "https://org.github.io/tech%20monitor/ | a path of letters, digits and . _ ~ - between slashes after the host, such as /techmonitor/",
        "https://org.github.io/../    | a path of letters, digits and . _ ~ - between slashes after the host, such as /techmonitor/",
    })
    void badSiteUrlsAreRefusedRuleByRule(String written, String expected) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> SiteUrls.parseSiteUrl(written, "--site-url"));
        assertEquals("bad --site-url '" + written + "' (expected " + expected + ")", refused.getMessage());
    }

    @org.junit.jupiter.api.Test
    void calendarUidsAreNamedAfterTheHost() {
        assertEquals("2018-forum@techmonitor.net", new SiteUrls("/").calendarUid(2018, "forum"));
        assertEquals("2018-forum@org.github.io", new SiteUrls("/techmonitor/", "https://org.github.io").calendarUid(2018, "forum"));
    }
}
