package net.techmonitor.site.convert;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BodyLinkRebaserTest {

    @ParameterizedTest(name = "{0} under {1}")
    @CsvSource({
        "chart.png,              /,              /issues/2018-q3/chart.png",
        "img/chart.png,          /,              /issues/2018-q3/img/chart.png",
        "../2018-q2/x.pdf,       /,              /issues/2018-q2/x.pdf",
        "report.pdf#page=2,      /,              /issues/2018-q3/report.pdf#page=2",
        "/about/,                /,              /about/",
        "/about/,                /techmonitor/,  /techmonitor/about/",
        "https://example.org/x,  /,              https://example.org/x",
        "mailto:a@example.org,   /,              mailto:a@example.org",
        "#section,               /,              #section",
        "//cdn.example.org/x.js, /,              //cdn.example.org/x.js",
    })
    void localReferencesBecomeSiteAbsolute(String written, String basePath, String expected) {
        String folder = (basePath.equals("/") ? "" : basePath.substring(0, basePath.length() - 1)) + "/issues/2018-q3/";
        String html = BodyLinkRebaser.rebase("<p><a href=\"" + written + "\">x</a></p>", folder, basePath);
        assertEquals("<p><a href=\"" + expected + "\">x</a></p>", html);
    }
}
