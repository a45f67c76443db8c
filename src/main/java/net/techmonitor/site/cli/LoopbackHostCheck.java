package net.techmonitor.site.cli;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a request names this preview as its host. A page on another site can make its own name resolve
 * to 127.0.0.1 (DNS rebinding) and then read the preview as same-origin; its requests still carry its own name in
 * {@code Host}, so serving only loopback names defeats it.
 *
 * <p>Accepted: {@code localhost}, {@code 127.0.0.1}, {@code [::1]}, the address the server listens on, and names
 * under {@code .localhost}: that domain is reserved for loopback (RFC 6761 section 6.3), browsers resolve it to
 * loopback without asking DNS, and nobody can register it, so no other site can hold such a name. Each with no
 * port or with the port actually listened on. A trailing dot ({@code localhost.}) is refused: browsers treat it
 * as another origin, and nothing prints it.
 */
final class LoopbackHostCheck {
    /** What the {@code Host} of a request says. */
    enum Verdict { THIS_PREVIEW, ANOTHER_HOST, MALFORMED }

    private static final Pattern LOCALHOST_SUBDOMAIN = Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+localhost");

    private final Set<String> names;
    private final String port;

    LoopbackHostCheck(InetAddress listening, int port) {
        String literal = listening instanceof Inet6Address ? "[" + listening.getHostAddress() + "]" : listening.getHostAddress();
        this.names = Set.copyOf(List.of("localhost", "127.0.0.1", "[::1]", literal.toLowerCase(Locale.ROOT)));
        this.port = String.valueOf(port);
    }

    /**
     * @param hosts the request's {@code Host} values (null when there is none)
     * @param http10 an HTTP/1.0 request may have no {@code Host}: browsers always send one, so it is no rebinding
     */
    Verdict judge(List<String> hosts, boolean http10) {
        if (hosts == null || hosts.isEmpty()) {
            // RFC 9112 section 3.2: an HTTP/1.1 request without Host is a bad request.
            return http10 ? Verdict.THIS_PREVIEW : Verdict.MALFORMED;
        }
        if (hosts.size() > 1) {
            return Verdict.MALFORMED;
        }
        return judge(hosts.get(0));
    }

    /** @param authority a {@code Host} value, or the authority of an absolute request URI, which takes its place */
    Verdict judge(String authority) {
        String host = authority.strip().toLowerCase(Locale.ROOT);
        int colon = host.lastIndexOf(':');
        if (colon > host.lastIndexOf(']')) {
            if (!host.substring(colon + 1).equals(port)) {
                return host.substring(colon + 1).matches("\\d{1,5}") ? Verdict.ANOTHER_HOST : Verdict.MALFORMED;
            }
            host = host.substring(0, colon);
        }
        if (host.isEmpty()) {
            return Verdict.MALFORMED;
        }
        return names.contains(host) || (host.length() <= 253 && LOCALHOST_SUBDOMAIN.matcher(host).matches())
            ? Verdict.THIS_PREVIEW : Verdict.ANOTHER_HOST;
    }
}
