package net.techmonitor.site.cache;

import net.techmonitor.site.problems.Problem;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ConversionCodecTest {
    private static final Conversion CONVERTED = new Conversion("<p>ü</p>", "ü", List.of(new Problem("convert", "a.adoc", 7, "odd")),
        List.of("removed"));
    /**
     * The entry's bytes as format 2 writes them (and wrote them before the codec left ConversionCache): a change here
     * must raise the format, so that caches already on editors' machines are misses instead of misread.
     */
    private static final String FORMAT_2 = "00000002" + "00000009" + "3c703ec3bc3c2f703e" + "00000002" + "c3bc"
        + "00000001" + "00000007" + "636f6e76657274" + "00000006" + "612e61646f63" + "00000007" + "00000003" + "6f6464"
        + "00000001" + "00000007" + "72656d6f766564";

    @Test
    void anEntryIsWrittenInFormat2AndReadBackUnchanged() throws IOException {
        byte[] entry = ConversionCodec.encode(CONVERTED);
        assertEquals(FORMAT_2, HexFormat.of().formatHex(entry));
        assertEquals(CONVERTED, ConversionCodec.decode(entry));
    }

    @Test
    void anEntryOfAnotherFormatOrNotWholeIsRefused() throws IOException {
        byte[] entry = ConversionCodec.encode(CONVERTED);
        byte[] otherFormat = entry.clone();
        otherFormat[3] = 1;
        assertThrows(IOException.class, () -> ConversionCodec.decode(otherFormat));
        byte[] longer = java.util.Arrays.copyOf(entry, entry.length + 1);
        assertThrows(IOException.class, () -> ConversionCodec.decode(longer), "trailing bytes");
        byte[] shorter = java.util.Arrays.copyOf(entry, entry.length - 2);
        assertThrows(IOException.class, () -> ConversionCodec.decode(shorter), "cut short");
        assertArrayEquals(entry, ConversionCodec.encode(ConversionCodec.decode(entry)));
    }
}
