package net.techmonitor.site.cli;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the path of a preview request, refusing every path no browser would send for a file of the site: bad
 * percent-encoding, bytes that are not UTF-8, control characters, backslashes, and {@code .} or {@code ..}
 * segments (browsers remove those, encoded or not, before sending, so only a hand-made request has one).
 */
final class PreviewRequestPath {
    /** A request path that names nothing the preview could serve; the message says why, for the 400 answer. */
    static final class Malformed extends Exception {
        Malformed(String message) {
            super(message);
        }
    }

    private PreviewRequestPath() {
    }

    /** @param rawPath the path as sent, percent-encoded */
    static String decode(String rawPath) throws Malformed {
        if (rawPath == null || !rawPath.startsWith("/")) {
            throw new Malformed("the path must start with /");
        }
        String path = utf8(percentDecoded(rawPath));
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (Character.isISOControl(c)) {
                throw new Malformed("control character in the path");
            }
            if (c == '\\') {
                // A separator on Windows: it would let a segment check be walked around.
                throw new Malformed("backslash in the path");
            }
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                throw new Malformed("'.' or '..' segment in the path");
            }
        }
        return path;
    }

    /** Percent-decodes to bytes; unlike URLDecoder, a '+' stays a '+' (it means a space only in a query). */
    private static byte[] percentDecoded(String raw) throws Malformed {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int high = i + 2 < raw.length() ? hexDigit(raw.charAt(i + 1)) : -1;
                int low = high < 0 ? -1 : hexDigit(raw.charAt(i + 2));
                if (low < 0) {
                    throw new Malformed("bad percent-encoding in the path");
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c <= 0xFF) {
                // The JDK's server reads the request line a byte to a char: an unencoded byte arrives as itself.
                bytes.write(c);
            } else {
                throw new Malformed("the path is not UTF-8");
            }
        }
        return bytes.toByteArray();
    }

    /** An ASCII hex digit's value, or -1 (Character.digit would also take other scripts' digits). */
    private static int hexDigit(char c) {
        return c < 0x80 ? Character.digit(c, 16) : -1;
    }

    private static String utf8(byte[] bytes) throws Malformed {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Malformed("the path is not UTF-8");
        }
    }
}
