package net.techmonitor.site.cli;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview server against hostile requests, sent byte for byte over a socket to loopback: every malformed
 * request is answered (never a dropped connection), only loopback names are served, and thousands of waiting
 * live-reload polls neither take a thread each nor slow a page down.
 */
class PreviewServerHardeningTest {
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    @TempDir
    Path site;

    private final AtomicLong generation = new AtomicLong(7);
    private HttpServer server;
    private int port;

    @BeforeEach
    void start() throws IOException {
        Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><html><body><p>home</p></body></html>");
        Files.createDirectories(site.resolve("a"));
        Files.writeString(site.resolve("a/index.html"), "<!DOCTYPE html><html><body><p>page a</p></body></html>");
        Files.writeString(site.resolve("a/notes.txt"), "notes");
        server = PreviewServer.start(site, "/", 0, generation::get, null, new ReentrantReadWriteLock().readLock());
        port = server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /**
     * 400: the path cannot name a file of the site. {@code /%ZZ} is refused by the JDK's own URI parsing, the
     * rest by the preview; either way it is answered.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/%00", "/index.html%00.txt", "/a/%0d%0aSet-Cookie:x", "/%7f", "/%c2%85", "/%ZZ", "/%4", "/%C3%28",
        "/%ff", "/%C0%AF", "/../../etc/passwd", "/a/../index.html", "/%2e%2e/%2e%2e/etc/passwd", "/a/%2E%2e/index.html",
        "/./index.html", "/a%5c..%5c..%5cetc%5cpasswd"})
    void aMalformedPathIsABadRequest(String path) throws IOException {
        assertEquals("HTTP/1.1 400", statusOf(request("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n")), path);
    }

    /** 404: well-formed, and under the site, but nothing is there (an encoded '/' and a '+' stay what they are). */
    @ParameterizedTest
    @ValueSource(strings = {"/nothing.html", "/a/nothing/", "/a+index.html", "/caf%C3%A9/", "/%E2%80%A8"})
    void aWellFormedPathNamingNothingIsNotFound(String path) throws IOException {
        assertEquals("HTTP/1.1 404", statusOf(request("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n\r\n")), path);
    }

    @Test
    void aPageIsServedWithItsReloadScriptAndADirectoryIsRedirected() throws IOException {
        String page = request("GET /a/ HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertEquals("HTTP/1.1 200", statusOf(page));
        assertTrue(page.contains("page a<") && page.contains("<script src=\"" + PreviewServer.SCRIPT_PATH + "\"></script></body>"), page);
        String redirect = request("GET /a HTTP/1.1\r\nHost: localhost\r\n\r\n");
        assertEquals("HTTP/1.1 301", statusOf(redirect));
        assertTrue(redirect.toLowerCase(java.util.Locale.ROOT).contains("location: /a/\r\n"), redirect);
        assertEquals("HTTP/1.1 200", statusOf(request("GET /a/%6Eotes.txt HTTP/1.1\r\nHost: localhost\r\n\r\n")), "percent-decoded");
    }

    @Test
    void headIsAnsweredWithoutABodyAndOtherMethodsAreRefused() throws IOException {
        String head = request("HEAD /a/ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertEquals("HTTP/1.1 200", statusOf(head));
        assertFalse(head.contains("page a"), head);
        String post = request("POST /a/ HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n\r\n");
        assertEquals("HTTP/1.1 405", statusOf(post));
        assertTrue(post.contains("Allow: GET, HEAD"), post);
    }

    @ParameterizedTest
    @CsvSource({
        "localhost, 200", "LocalHost, 200", "localhost:{port}, 200", "127.0.0.1, 200", "127.0.0.1:{port}, 200", "[::1]:{port}, 200",
        "preview.localhost:{port}, 200",
        "evil.example, 421", "evil.example:{port}, 421", "localhost:1, 421", "127.0.0.1.nip.io:{port}, 421", "localhost.:{port}, 421",
        "localhost.evil.example, 421", "10.0.0.1:{port}, 421", "-bad.localhost, 421",
        "localhost:x, 400", ":{port}, 400"})
    void onlyLoopbackNamesAreServed(String host, int status) throws IOException {
        String response = request("GET / HTTP/1.1\r\nHost: " + host.replace("{port}", String.valueOf(port)) + "\r\n\r\n");
        assertEquals("HTTP/1.1 " + status, statusOf(response), host);
        if (status == 421) {
            assertTrue(response.endsWith("\r\n\r\nThis preview answers only for localhost."), response);
        }
    }

    @Test
    void aRequestWithoutOneHostIsBadUnlessItIsHttp10() throws IOException {
        assertEquals("HTTP/1.1 400", statusOf(request("GET / HTTP/1.1\r\n\r\n")));
        assertEquals("HTTP/1.1 400", statusOf(request("GET / HTTP/1.1\r\nHost: localhost\r\nHost: evil.example\r\n\r\n")));
        assertEquals("HTTP/1.1 200", statusOf(request("GET / HTTP/1.0\r\n\r\n")));
    }

    @Test
    void anAbsoluteRequestUriIsJudgedByItsOwnHost() throws IOException {
        assertEquals("HTTP/1.1 421", statusOf(request("GET http://evil.example/ HTTP/1.1\r\nHost: localhost\r\n\r\n")));
        assertEquals("HTTP/1.1 200", statusOf(request("GET http://localhost:" + port + "/ HTTP/1.1\r\nHost: evil.example\r\n\r\n")));
    }

    @Test
    void thousandsOfHeldPollsTakeNoThreadEachAndPagesStayPrompt() throws Exception {
        int polls = 2_000;
        // The server's own threads exist before the baseline is taken, as they would in a running preview.
        assertEquals("HTTP/1.1 200", statusOf(request("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")));
        int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
        List<Socket> sockets = new ArrayList<>();
        try {
            byte[] poll = ("GET " + PreviewServer.GENERATION_PATH + "?after=7 HTTP/1.1\r\nHost: localhost:" + port + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < polls; i++) {
                Socket socket = new Socket(LOOPBACK, port);
                sockets.add(socket);
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(poll);
            }
            // Beyond the cap, polls are answered at once; the others are held.
            int overCap = polls - PreviewServer.MAX_HELD_POLLS;
            assertTrue(waitUntil(() -> answered(sockets) >= overCap, 10_000), "answered: " + answered(sockets));

            long asked = System.nanoTime();
            String page = request("GET /a/ HTTP/1.1\r\nHost: localhost\r\n\r\n");
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - asked);
            assertEquals("HTTP/1.1 200", statusOf(page));
            assertTrue(millis < 2_000, "a page took " + millis + " ms while polls were held");
            int grown = ManagementFactory.getThreadMXBean().getThreadCount() - threadsBefore;
            assertTrue(grown < 50, "threads grew by " + grown + " for " + polls + " held polls");
            assertEquals(overCap, answered(sockets), "held polls are not answered before the generation moves");

            generation.incrementAndGet();
            assertTrue(waitUntil(() -> answered(sockets) == polls, 10_000), "answered after a rebuild: " + answered(sockets));
            int newer = 0;
            for (Socket socket : sockets) {
                String answer = readAnswer(socket);
                assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
                newer += answer.endsWith("\r\n\r\n8") ? 1 : 0;
            }
            assertEquals(PreviewServer.MAX_HELD_POLLS, newer, "the held polls are answered with the new generation, the others had the old");
        } finally {
            for (Socket socket : sockets) {
                socket.close();
            }
        }
    }

    private interface Condition {
        boolean holds() throws IOException;
    }

    private static boolean waitUntil(Condition condition, long millis) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    private static int answered(List<Socket> sockets) throws IOException {
        int answered = 0;
        for (Socket socket : sockets) {
            if (socket.getInputStream().available() > 0) {
                answered++;
            }
        }
        return answered;
    }

    /** One small answer, read once it has all arrived (headers and body may come in separate segments). */
    private static String readAnswer(Socket socket) throws IOException, InterruptedException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!complete(bytes.toString(StandardCharsets.ISO_8859_1)) && System.nanoTime() < deadline) {
            bytes.write(in.readNBytes(in.available()));
            Thread.sleep(1);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Sends the bytes as given and reads the answer up to the server's close or a short quiet time. */
    private String request(String raw) throws IOException {
        try (Socket socket = new Socket(LOOPBACK, port)) {
            socket.setSoTimeout(2_000);
            socket.getOutputStream().write(raw.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int read; (read = in.read(buffer)) > 0; ) {
                    answer.write(buffer, 0, read);
                    if (complete(answer.toString(StandardCharsets.ISO_8859_1))) {
                        break;
                    }
                }
            } catch (SocketTimeoutException e) {
                // A kept-alive connection: what came is the answer.
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    /** Whether the headers and as many body bytes as Content-Length says have arrived. */
    private static boolean complete(String answer) {
        int end = answer.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?im)^content-length: *(\\d+)").matcher(answer.substring(0, end));
        return length.find() && answer.length() - end - 4 >= Integer.parseInt(length.group(1));
    }

    /** "HTTP/1.1 400", or what came instead (empty when the connection was dropped). */
    private static String statusOf(String response) {
        return response.length() >= 12 ? response.substring(0, 12) : response;
    }
}
