package net.techmonitor.site.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.LongSupplier;

/**
 * A static file server for previewing the built site on loopback, under the site's base path as GitHub Pages
 * would serve it. It answers from the output folder as it is on disk, so a rebuild shows at the next request.
 * With a generation counter, it adds a small script to every HTML page that reloads the page when the counter
 * moves (a rebuild finished); the published site never contains that script.
 */
public final class PreviewServer {
    /** Where an open page asks for the build generation (public for the benchmark, which waits as a page does). */
    public static final String GENERATION_PATH = "/__techmonitor/generation";
    static final String SCRIPT_PATH = "/__techmonitor/live-reload.js";
    /** How long a request for a newer generation is held before it is answered with the current one. */
    static final long LONG_POLL_MILLIS = 25_000;
    /**
     * The page asks for the generation after the one it was loaded with, and the server answers only when there is
     * one (or after {@link #LONG_POLL_MILLIS}): the page reloads as soon as a rebuild is done, instead of at its next
     * poll. Polling every half second added 250 ms on average to what an editor waited after saving.
     */
    private static final String SCRIPT = """
        (function () {
          var seen = null;
          function poll() {
            var url = '%s' + (seen === null ? '' : '?after=' + encodeURIComponent(seen));
            fetch(url, {cache: 'no-store'}).then(function (r) { return r.text(); }).then(function (g) {
              if (seen !== null && g !== seen) { location.reload(); return; }
              seen = g; setTimeout(poll, 100);
            }).catch(function () { setTimeout(poll, 2000); });
          }
          poll();
        })();
        """.formatted(GENERATION_PATH);
    private static final Map<String, String> TYPES = Map.of(
        "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
        "json", "application/json", "xml", "application/xml", "svg", "image/svg+xml", "png", "image/png",
        "jpg", "image/jpeg", "pdf", "application/pdf", "txt", "text/plain; charset=utf-8");

    private PreviewServer() {
    }

    /** A plain server, no live reload. */
    static HttpServer start(Path site, String basePath, int port) throws IOException {
        return start(site, basePath, port, null, new ReentrantReadWriteLock().readLock());
    }

    /**
     * @param generation the number of the last successful build, or null for no live reload
     * @param readLock   held while a request finds and reads its file; a rebuild swaps the output under the
     *                   write side, so a request never finds the site missing or half swapped
     */
    static HttpServer start(Path site, String basePath, int port, LongSupplier generation, Lock readLock) throws IOException {
        // The JDK's server writes a response's headers and body separately; without TCP_NODELAY the body can wait for
        // the client's delayed acknowledgement, about 40 ms on Linux (measured with the JDK's HTTP client on the
        // 1,000-article preview: 50 ms a page without it, 10-20 ms with it). A browser reloading a saved page asks for
        // the page and its files. The server reads this once, when its configuration class loads; a value given on
        // the command line wins.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        Path root = site.toAbsolutePath().normalize();
        server.createContext("/", exchange -> answer(exchange, root, basePath, generation, readLock));
        // A thread per open request: every open preview tab holds one, waiting for the next generation.
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "preview-http");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        return server;
    }

    private static void answer(HttpExchange exchange, Path site, String basePath, LongSupplier generation, Lock readLock)
        throws IOException {
        try (exchange) {
            String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            if (generation != null && path.equals(GENERATION_PATH)) {
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                long answer = awaitGeneration(generation, afterParameter(exchange.getRequestURI().getRawQuery()));
                send(exchange, 200, "text/plain; charset=utf-8", String.valueOf(answer).getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (generation != null && path.equals(SCRIPT_PATH)) {
                send(exchange, 200, TYPES.get("js"), SCRIPT.getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (!path.startsWith(basePath)) {
                send(exchange, 404, "text/plain; charset=utf-8", ("Not under the base path " + basePath).getBytes(StandardCharsets.UTF_8));
                return;
            }
            Path file = site.resolve(path.substring(basePath.length())).normalize();
            byte[] body;
            readLock.lock();
            try {
                if (Files.isDirectory(file)) {
                    if (!path.endsWith("/")) {
                        exchange.getResponseHeaders().add("Location", path + "/");
                        send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                        return;
                    }
                    file = file.resolve("index.html");
                }
                if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                    send(exchange, 404, "text/plain; charset=utf-8", "Not found".getBytes(StandardCharsets.UTF_8));
                    return;
                }
                body = Files.readAllBytes(file);
            } finally {
                readLock.unlock();
            }
            String name = file.getFileName().toString();
            String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
            if (generation != null && extension.equals("html")) {
                body = withReloadScript(body);
            }
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            send(exchange, 200, TYPES.getOrDefault(extension, "application/octet-stream"), body);
        }
    }


    /** The {@code after} query parameter, when it is a number. */
    static java.util.OptionalLong afterParameter(String rawQuery) {
        if (rawQuery != null) {
            for (String parameter : rawQuery.split("&")) {
                if (parameter.startsWith("after=") && parameter.substring("after=".length()).matches("-?\\d{1,18}")) {
                    return java.util.OptionalLong.of(Long.parseLong(parameter.substring("after=".length())));
                }
            }
        }
        return java.util.OptionalLong.empty();
    }

    /**
     * The current generation, once it differs from {@code after} (at once without one), or after
     * {@link #LONG_POLL_MILLIS}. It is read every 10 ms: a volatile read, cheaper than wiring every rebuild to wake
     * the waiting requests, and 5 ms late on average.
     */
    private static long awaitGeneration(LongSupplier generation, java.util.OptionalLong after) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(LONG_POLL_MILLIS);
        long current = generation.getAsLong();
        while (after.isPresent() && current == after.getAsLong() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            current = generation.getAsLong();
        }
        return current;
    }

    private static byte[] withReloadScript(byte[] page) {
        String html = new String(page, StandardCharsets.UTF_8);
        int end = html.lastIndexOf("</body>");
        String tag = "<script src=\"" + SCRIPT_PATH + "\"></script>";
        return (end < 0 ? html + tag : html.substring(0, end) + tag + html.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream stream = exchange.getResponseBody()) {
                stream.write(body);
            }
        }
    }
}
