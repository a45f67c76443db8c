package net.techmonitor.site.cache;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build keeps each page's inputs as a digest for the next build, in another process: equal values must give equal
 * digests there too, whatever order their hash maps and sets happen to iterate in, and different values different
 * ones.
 */
class ValueDigestTest {
    enum Colour { RED, GREEN, BLUE }

    record Entry(String name, int count, boolean flag, Colour colour, List<String> tags) {
    }

    record Other(String name, int count, boolean flag, Colour colour, List<String> tags) {
    }

    record Page(String title, List<Entry> entries, Map<String, Entry> byName, Set<Colour> colours, LocalDate date, Entry missing) {
    }

    /** A value like a page's inputs, built with its maps and sets filled in the given order. */
    static Page page(boolean reversed) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            entries.add(new Entry("entry " + i, i, i % 2 == 0, Colour.values()[i % 3], List.of("t" + i, "u" + (i * 7))));
        }
        List<Entry> order = new ArrayList<>(entries);
        if (reversed) {
            java.util.Collections.reverse(order);
        }
        Map<String, Entry> byName = reversed ? new HashMap<>(4) : new HashMap<>(256);
        Set<Colour> colours = new HashSet<>();
        order.forEach(entry -> {
            byName.put(entry.name(), entry);
            colours.add(entry.colour());
        });
        return new Page("A title – with “quotes” and \u00e9", List.copyOf(entries), byName, colours, LocalDate.of(2018, 9, 30), null);
    }

    @Test
    void equalValuesGiveEqualDigestsWhateverTheirMapsOrder() {
        assertEquals(ValueDigest.of(page(false)), ValueDigest.of(page(true)));
        assertEquals(32, ValueDigest.of(page(false)).length(), "128 bits, in hexadecimal");
    }

    @Test
    void differentValuesGiveDifferentDigests() {
        Page page = page(false);
        List<Entry> changedEntry = new ArrayList<>(page.entries());
        changedEntry.set(17, new Entry("entry 17", 18, false, Colour.BLUE, List.of("t17", "u119")));
        List<String> digests = List.of(
            ValueDigest.of(page),
            ValueDigest.of(new Page(page.title() + " ", page.entries(), page.byName(), page.colours(), page.date(), null)),
            ValueDigest.of(new Page(page.title(), changedEntry, page.byName(), page.colours(), page.date(), null)),
            ValueDigest.of(new Page(page.title(), page.entries(), page.byName(), Set.of(Colour.RED), page.date(), null)),
            ValueDigest.of(new Page(page.title(), page.entries(), page.byName(), page.colours(), page.date().plusDays(1), null)),
            ValueDigest.of(new Page(page.title(), page.entries(), page.byName(), page.colours(), page.date(), page.entries().get(0))),
            ValueDigest.of("ab", "c"), ValueDigest.of("a", "bc"), ValueDigest.of(List.of("ab", "c")), ValueDigest.of((Object) null),
            ValueDigest.of("null"), ValueDigest.of(1), ValueDigest.of("1"), ValueDigest.of(1.0), ValueDigest.of(true), ValueDigest.of(""),
            ValueDigest.of(List.of()), ValueDigest.of(Map.of()), ValueDigest.of(Set.of()), ValueDigest.of(Colour.RED),
            ValueDigest.of(new Entry("x", 1, true, Colour.RED, List.of())), ValueDigest.of(new Other("x", 1, true, Colour.RED, List.of())));
        assertEquals(digests.size(), new HashSet<>(digests).size(), "every value its own digest: " + digests);
    }

    @Test
    void orderedMapsCountTheirOrderAndUnorderedOnesDoNot() {
        Map<String, Integer> ab = new LinkedHashMap<>();
        ab.put("a", 1);
        ab.put("b", 2);
        Map<String, Integer> ba = new LinkedHashMap<>();
        ba.put("b", 2);
        ba.put("a", 1);
        assertNotEquals(ValueDigest.of(ab), ValueDigest.of(ba), "the order a template would show them in");
        assertEquals(ValueDigest.of(new TreeMap<>(ab)), ValueDigest.of(new TreeMap<>(ba)));
        assertEquals(ValueDigest.of(new HashMap<>(ab)), ValueDigest.of(new HashMap<>(ba)));
    }

    @Test
    void aValueOfUnknownEqualityIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
            () -> ValueDigest.of(List.of("fine", new StringBuilder("not a value"))));
        assertTrue(refused.getMessage().contains("java.lang.StringBuilder"), refused.getMessage());
    }

    /** Another JVM (other identity hash codes, so other orders of the enum set) gives the same digest. */
    @Test
    void anotherProcessGivesTheSameDigest() throws IOException, InterruptedException {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), ValueDigestTest.class.getName()).redirectErrorStream(true).start();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child ends");
        String printed = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertEquals(0, child.exitValue(), printed);
        assertEquals(ValueDigest.of(page(false)), printed);
    }

    /** For {@link #anotherProcessGivesTheSameDigest}: prints the digest of the reversed value. */
    public static void main(String[] args) {
        System.out.println(ValueDigest.of(page(true)));
    }
}
