package net.techmonitor.site.source;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Decoding takes a fast path for text without U+FFFD; it must accept and refuse exactly what a strict UTF-8 decoder
 * accepts and refuses, and give the same text, whatever the bytes.
 */
class SourceTextDecodingTest {

    /** What a strict decoder makes of the bytes, or null where it refuses them. */
    private static String strictly(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    @Property(tries = 3000)
    void acceptsAndRefusesWhatAStrictDecoderDoes(@ForAll("sourceBytes") byte[] bytes) throws SourceText.NotUtf8Exception {
        String strict = strictly(bytes);
        if (strict == null) {
            assertThrows(SourceText.NotUtf8Exception.class, () -> SourceText.decode(bytes));
            return;
        }
        String expected = (strict.startsWith("\uFEFF") ? strict.substring(1) : strict).replace("\r\n", "\n").replace('\r', '\n');
        SourceText decoded = SourceText.decode(bytes);
        assertEquals(expected, decoded.text());
        assertEquals(List.of(expected.split("\n", -1)), decoded.lines());
    }

    /**
     * Text a file could hold (ASCII, accents, CJK, emoji, a byte-order mark, CR, a real U+FFFD), encoded as UTF-8,
     * often with bytes no UTF-8 text has put in somewhere: lone continuation bytes, Latin-1 letters, a truncated
     * sequence, an encoded surrogate, an over-long form.
     */
    @Provide
    Arbitrary<byte[]> sourceBytes() {
        Arbitrary<String> text = Arbitraries.strings().withChars("aZ= :\n\r\té字😀\uFEFF\uFFFD").ofMaxLength(60);
        Arbitrary<byte[]> bad = Arbitraries.of(new byte[]{(byte) 0x80}, new byte[]{(byte) 0xE9}, new byte[]{(byte) 0xE5, (byte) 0xAD},
            new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[]{(byte) 0xC0, (byte) 0xAF}, new byte[]{(byte) 0xFF});
        Arbitrary<byte[]> good = text.map(value -> value.getBytes(StandardCharsets.UTF_8));
        return Arbitraries.oneOf(good, good, bad).list().ofMaxSize(6).map(parts -> {
            java.io.ByteArrayOutputStream joined = new java.io.ByteArrayOutputStream();
            parts.forEach(joined::writeBytes);
            return joined.toByteArray();
        });
    }
}
