package net.techmonitor.site.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A static file server for previewing the built site on loopback, under the site's base path as GitHub Pages
 * would serve it. It answers from the output folder as it is on disk, so a rebuild shows at the next reload.
 */
final class PreviewServer {
    private static final Map<String, String> TYPES = Map.of(
        "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8",
        "json", "application/json", "xml", "application/xml", "svg", "image/svg+xml", "png", "image/png",
        "jpg", "image/jpeg", "pdf", "application/pdf", "ics", "text/calendar; charset=utf-8");

    private PreviewServer() {
    }

    static int serve(Path site, String basePath, int port, PrintStream out) throws IOException, InterruptedException {
        HttpServer server = start(site, basePath, port);
        out.println("Serving " + site + " at http://localhost:" + server.getAddress().getPort() + basePath + " (Ctrl+C to stop)");
        Thread.currentThread().join();
        return 0;
    }

    static HttpServer start(Path site, String basePath, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", exchange -> answer(exchange, site.toAbsolutePath().normalize(), basePath));
        server.start();
        return server;
    }

    private static void answer(HttpExchange exchange, Path site, String basePath) throws IOException {
        try (exchange) {
            String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            if (!path.startsWith(basePath)) {
                send(exchange, 404, "text/plain; charset=utf-8", ("Not under the base path " + basePath).getBytes(StandardCharsets.UTF_8));
                return;
            }
            String inside = path.substring(basePath.length());
            Path file = site.resolve(inside).normalize();
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
            String name = file.getFileName().toString();
            String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
            send(exchange, 200, TYPES.getOrDefault(extension, "application/octet-stream"), Files.readAllBytes(file));
        }
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
