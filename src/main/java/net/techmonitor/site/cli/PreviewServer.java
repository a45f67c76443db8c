package net.techmonitor.site.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
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
    /** The problems of the last build, as the terminal shows them; empty when it succeeded. */
    static final String PROBLEMS_PATH = "/__techmonitor/problems";
    /** How long a request for a newer generation is held before it is answered with the current one. */
    static final long LONG_POLL_MILLIS = 25_000;
    /**
     * The page asks for the generation after the one it was loaded with, and the server answers only when there is
     * one (or after {@link #LONG_POLL_MILLIS}): the page reloads as soon as a rebuild is done, instead of at its next
     * poll, which added half the polling interval on average to what an editor waited after saving.
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
          function showProblems(text) {
            if (!text) { return; }
            var box = document.createElement('section');
            box.setAttribute('role', 'alert');
            box.setAttribute('aria-label', 'Build problems');
            var s = box.style;
            s.position = 'fixed'; s.left = '0'; s.right = '0'; s.top = '0'; s.zIndex = '2147483647';
            s.maxHeight = '60vh'; s.overflow = 'auto'; s.margin = '0'; s.padding = '1em 1.5em';
            s.background = '#fff4f4'; s.color = '#5c0000'; s.borderBottom = '3px solid #b00020';
            s.font = '14px/1.5 ui-monospace, monospace'; s.whiteSpace = 'pre-wrap';
            var title = document.createElement('strong');
            title.textContent = 'The preview was not updated: the last save has problems. This is the last good build.';
            var list = document.createElement('div');
            list.textContent = text;
            var close = document.createElement('button');
            close.type = 'button'; close.textContent = 'Hide';
            close.addEventListener('click', function () { box.remove(); });
            box.append(title, document.createElement('br'), list, close);
            document.body.prepend(box);
          }
          fetch('%s', {cache: 'no-store'}).then(function (r) { return r.text(); }).then(showProblems).catch(function () { });
          poll();
        })();
        """.formatted(GENERATION_PATH, PROBLEMS_PATH);
    private static final Map<String, String> TYPES = Map.of(
        "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
        "json", "application/json", "xml", "application/xml", "svg", "image/svg+xml", "png", "image/png",
        "jpg", "image/jpeg", "pdf", "application/pdf", "txt", "text/plain; charset=utf-8");

    /** How many live-reload requests are held at most; an editor has a few tabs open, not a thousand. */
    static final int MAX_HELD_POLLS = 1_000;
    /**
     * Threads answering requests. None of them waits for a rebuild (held polls are parked), so a few keep pages
     * prompt however many tabs wait; more would only compete for the machine's cores.
     */
    private static final int REQUEST_THREADS = 8;
    private static final String TEXT = "text/plain; charset=utf-8";

    private final Path site;
    private final String basePath;
    private final LongSupplier generation;
    private final java.util.function.Supplier<String> problems;
    private final Lock readLock;
    private final LoopbackHostCheck hosts;
    private final HeldGenerationPolls polls;

    private PreviewServer(Path site, String basePath, LongSupplier generation, java.util.function.Supplier<String> problems,
                          Lock readLock, LoopbackHostCheck hosts, Executor answering) {
        this.site = site;
        this.basePath = basePath;
        this.generation = generation;
        this.problems = problems == null ? () -> "" : problems;
        this.readLock = readLock;
        this.hosts = hosts;
        this.polls = generation == null ? null : new HeldGenerationPolls(generation, answering, MAX_HELD_POLLS, LONG_POLL_MILLIS);
    }

    /** A plain server, no live reload. */
    static HttpServer start(Path site, String basePath, int port) throws IOException {
        return start(site, basePath, port, null, null, new ReentrantReadWriteLock().readLock());
    }

    /**
     * @param generation a number that moves when a build finishes, well or with problems (open pages reload), or
     *                   null for no live reload
     * @param problems   the last build's problems, one per line, empty when it succeeded (shown over open pages)
     * @param readLock   held while a request finds and reads its file; a rebuild swaps the output under the
     *                   write side, so a request never finds the site missing or half swapped
     */
    static HttpServer start(Path site, String basePath, int port, LongSupplier generation, java.util.function.Supplier<String> problems,
                            Lock readLock) throws IOException {
        // The JDK's server writes a response's headers and body separately; without TCP_NODELAY the body can wait for
        // the client's delayed acknowledgement (docs/performance.md has the figures). A browser reloading a saved page asks for
        // the page and its files. The server reads this once, when its configuration class loads; a value given on
        // the command line wins.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        // The JDK's server reads a request's line and headers on the handler's thread: with a bounded pool, a client
        // that sends half a request and stops would keep a thread for good. This closes such a connection after 10 s
        // (read once, as above). It counts until the request is read, so held polls are not cut.
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            System.setProperty("sun.net.httpserver.maxReqTime", "10");
        }
        InetAddress loopback = InetAddress.getLoopbackAddress();
        HttpServer server = HttpServer.create(new InetSocketAddress(loopback, port), 0);
        ThreadPoolExecutor threads = new ThreadPoolExecutor(REQUEST_THREADS, REQUEST_THREADS, 30, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), runnable -> {
                Thread thread = new Thread(runnable, "preview-http");
                thread.setDaemon(true);
                return thread;
            });
        // A stopped server leaves no thread behind once they have been idle a while.
        threads.allowCoreThreadTimeOut(true);
        PreviewServer handler = new PreviewServer(site.toAbsolutePath().normalize(), basePath, generation, problems, readLock,
            new LoopbackHostCheck(loopback, server.getAddress().getPort()), threads);
        server.createContext("/", handler::answer);
        server.setExecutor(threads);
        server.start();
        return server;
    }

    /**
     * Answers every request, whatever it holds: a 400 for one that cannot name a file, a 500 when reading fails; no
     * exception leaves here, since the JDK's server would drop the connection without a word. Only a held poll
     * stays open, to be answered by {@link HeldGenerationPolls}.
     */
    private void answer(HttpExchange exchange) {
        boolean held = false;
        try {
            held = route(exchange);
        } catch (PreviewRequestPath.Malformed e) {
            fail(exchange, 400, "Bad request: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            fail(exchange, 500, "The preview could not answer: " + e.getClass().getSimpleName());
        } finally {
            if (!held) {
                exchange.close();
            }
        }
    }

    /** @return true when the exchange is held for a later answer */
    private boolean route(HttpExchange exchange) throws IOException, PreviewRequestPath.Malformed {
        URI uri = exchange.getRequestURI();
        LoopbackHostCheck.Verdict host = uri.getRawAuthority() != null ? hosts.judge(uri.getRawAuthority())
            : hosts.judge(exchange.getRequestHeaders().get("Host"), exchange.getProtocol().equalsIgnoreCase("HTTP/1.0"));
        if (host == LoopbackHostCheck.Verdict.MALFORMED) {
            throw new PreviewRequestPath.Malformed("missing or malformed Host header");
        }
        if (host == LoopbackHostCheck.Verdict.ANOTHER_HOST) {
            // Another name for loopback is what a DNS rebinding page uses: it must not read the preview (or its drafts).
            send(exchange, 421, TEXT, "This preview answers only for localhost.".getBytes(StandardCharsets.UTF_8));
            return false;
        }
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            send(exchange, 405, TEXT, "The preview only serves files (GET, HEAD).".getBytes(StandardCharsets.UTF_8));
            return false;
        }
        String path = PreviewRequestPath.decode(uri.getRawPath());
        if (polls != null && path.equals(GENERATION_PATH)) {
            polls.answerOrHold(afterParameter(uri.getRawQuery()), current -> answerGeneration(exchange, current));
            return true;
        }
        if (generation != null && path.equals(PROBLEMS_PATH)) {
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            send(exchange, 200, TEXT, problems.get().getBytes(StandardCharsets.UTF_8));
            return false;
        }
        if (generation != null && path.equals(SCRIPT_PATH)) {
            send(exchange, 200, TYPES.get("js"), SCRIPT.getBytes(StandardCharsets.UTF_8));
            return false;
        }
        if (!path.startsWith(basePath)) {
            send(exchange, 404, TEXT, ("Not under the base path " + basePath).getBytes(StandardCharsets.UTF_8));
            return false;
        }
        serveFile(exchange, path);
        return false;
    }

    private void serveFile(HttpExchange exchange, String path) throws IOException, PreviewRequestPath.Malformed {
        Path file;
        try {
            file = site.resolve(path.substring(basePath.length())).normalize();
        } catch (InvalidPathException e) {
            throw new PreviewRequestPath.Malformed("the path cannot name a file here");
        }
        if (!file.startsWith(site)) {
            throw new PreviewRequestPath.Malformed("the path leads outside the site");
        }
        byte[] body;
        readLock.lock();
        try {
            if (Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    // The raw path, as sent: the decoded one would have to be encoded again.
                    exchange.getResponseHeaders().add("Location", exchange.getRequestURI().getRawPath() + "/");
                    send(exchange, 301, TEXT, new byte[0]);
                    return;
                }
                file = file.resolve(net.techmonitor.site.urls.PagePath.FOLDER_PAGE);
            }
            if (!Files.isRegularFile(file)) {
                send(exchange, 404, TEXT, "Not found".getBytes(StandardCharsets.UTF_8));
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

    /** The answer to a held or immediate poll; it runs on whichever thread answers, so it handles its own failures. */
    private static void answerGeneration(HttpExchange exchange, long current) {
        try (exchange) {
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            send(exchange, 200, TEXT, String.valueOf(current).getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            // The page went away while it waited; it asks again when it is opened again.
        }
    }

    /** The {@code after} query parameter, when it is a number. */
    static OptionalLong afterParameter(String rawQuery) {
        if (rawQuery != null) {
            for (String parameter : rawQuery.split("&")) {
                if (parameter.startsWith("after=") && parameter.substring("after=".length()).matches("-?\\d{1,18}")) {
                    return OptionalLong.of(Long.parseLong(parameter.substring("after=".length())));
                }
            }
        }
        return OptionalLong.empty();
    }

    private static byte[] withReloadScript(byte[] page) {
        String html = new String(page, StandardCharsets.UTF_8);
        int end = html.lastIndexOf("</body>");
        String tag = "<script src=\"" + SCRIPT_PATH + "\"></script>";
        return (end < 0 ? html + tag : html.substring(0, end) + tag + html.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, body.length == 0 || head ? -1 : body.length);
        if (body.length > 0 && !head) {
            try (OutputStream stream = exchange.getResponseBody()) {
                stream.write(body);
            }
        }
    }

    /** An error answer, if the status line is not out yet; after it, closing the exchange is all that is left. */
    private static void fail(HttpExchange exchange, int status, String message) {
        if (exchange.getResponseCode() != -1) {
            return;
        }
        try {
            exchange.getResponseHeaders().clear();
            send(exchange, status, TEXT, message.getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            // The client is gone; the exchange is closed next.
        }
    }
}
