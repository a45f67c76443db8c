package net.techmonitor.site.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The text of a source file, decoded strictly as UTF-8 (a byte-order mark dropped, CRLF and CR read as LF),
 * so that a file saved in another encoding is reported instead of silently turning into mojibake.
 */
public record SourceText(String text, List<String> lines) {

    /** Raised for bytes that are not UTF-8; {@code line} is where the first bad byte is. */
    public static final class NotUtf8Exception extends Exception {
        private final int line;

        NotUtf8Exception(int line) {
            super("not valid UTF-8");
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    public static SourceText decode(byte[] bytes) throws NotUtf8Exception {
        // The String constructor's UTF-8 decoding is the JDK's fastest (docs/performance.md), on the seconds while
        // Asciidoctor starts, but it replaces bad bytes with U+FFFD instead of failing. Text without
        // U+FFFD therefore had none; text with one is decoded again strictly, which either finds the bad bytes or
        // accepts a U+FFFD the file really holds.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            text = strictly(bytes);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        return new SourceText(text, List.of(text.split("\n", -1)));
    }

    private static String strictly(byte[] bytes) throws NotUtf8Exception {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new NotUtf8Exception(lineOfFirstBadByte(bytes));
        }
    }

    private static int lineOfFirstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        // Decode growing prefixes line by line: the first line that fails holds the bad byte.
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(Arrays.copyOfRange(bytes, start, i)));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return 1;
    }
}
