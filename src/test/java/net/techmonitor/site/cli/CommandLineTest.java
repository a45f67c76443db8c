package net.techmonitor.site.cli;

import com.sun.net.httpserver.HttpServer;
import net.techmonitor.site.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CommandLineTest {
    @TempDir
    Path temp;

    private static int run(ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
        return SiteCommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpAndUsageErrors() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(ExitStatus.OK, run(out, err, "--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("check   validate content, templates and links"));
        for (String command : new String[]{"build", "check", "serve", "new"}) {
            out.reset();
            assertEquals(ExitStatus.OK, run(out, err, command, "--help"));
            assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Usage: java -jar target/techmonitor-site.jar " + command), command);
        }
        assertEquals(ExitStatus.USAGE, run(out, err, "build", "--drafts"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("error: unknown option --drafts"), "build never takes drafts");
        assertEquals(ExitStatus.USAGE, run(out, err, "publish"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("error: unknown command 'publish' (expected build, check, serve or new)"));
        assertEquals(ExitStatus.USAGE, run(out, err, "build", "--output"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("error: --output needs a value"));
    }

    @Test
    void aMistypedOutputFolderIsNeverEmptied() throws IOException {
        Path site = TestSites.fixture("minimal", temp);
        Path someonesFolder = temp.resolve("documents");
        Files.createDirectories(someonesFolder);
        Files.writeString(someonesFolder.resolve("thesis.txt"), "years of work");
        TestSites.Run run = TestSites.build(site, someonesFolder);
        assertEquals(4, run.exitCode(), "the output's place, not the content: status 4");
        assertTrue(run.err().contains("holds files this generator did not write"), run.err());
        assertEquals(List.of("thesis.txt"), Files.list(someonesFolder).map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void aSiteBuiltForABasePathWorksWhenServedFromThatSubPath() throws Exception {
        Path site = TestSites.fixture("articles", temp);
        TestSites.Run run = TestSites.build(site, temp.resolve("out"), "--base-path", "/techmonitor/");
        assertEquals(0, run.exitCode(), run.err());
        HttpServer server = PreviewServer.start(run.output(), "/techmonitor/", 0);
        try {
            String root = "http://127.0.0.1:" + server.getAddress().getPort();
            HttpClient client = HttpClient.newHttpClient();
            Set<String> seen = new HashSet<>();
            Deque<String> queue = new ArrayDeque<>(List.of("/techmonitor/"));
            while (!queue.isEmpty()) {
                String path = queue.pop();
                if (!seen.add(path)) {
                    continue;
                }
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(root + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
                assertEquals(200, response.statusCode(), path);
                if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                    continue;
                }
                Document page = Jsoup.parse(response.body(), root + path);
                for (Element reference : page.select("a[href], link[href], img[src]")) {
                    String value = reference.hasAttr("href") ? reference.attr("href") : reference.attr("src");
                    if (value.startsWith("http") || value.startsWith("#") || value.startsWith("mailto:")) {
                        continue;
                    }
                    assertTrue(value.startsWith("/techmonitor/"), value + " on " + path + " is outside the base path");
                    queue.add(URI.create(value).getPath());
                }
            }
            assertTrue(seen.size() > 20, "followed " + seen.size() + " pages and files");
        } finally {
            server.stop(0);
        }
    }
}
