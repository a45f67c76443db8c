package net.techmonitor.site.cache;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A digest (MD5) of a value made of records, lists, maps, sets, strings, numbers, booleans, enums, dates and nulls, the
 * same in every JVM for equal values: what a build keeps of each page's inputs so that the next build, in another
 * process, can tell which pages changed without keeping the inputs themselves.
 *
 * <p>Each part is written with a tag of its kind (and a record with its class name), each string and list with its
 * length first, so that no two different values give the same bytes. Lists, ordered maps and ordered sets count in
 * their order; other maps and sets in the order of their entries' own digests, so that a hash map's order (which
 * depends on its history) does not matter. Any other type is refused: its equality, and so whether two such values
 * would render alike, is not known (Jackson, which would serialise any bean's getters without a word, is not used
 * for this reason).</p>
 *
 * <p>MD5, not SHA-256: the digests tell which pages changed between two builds of the same content, so a collision
 * could only be made by whoever writes that content, who can write any page anyway; and under C1, the build JVM's
 * only compiler, MD5 hashes three times as fast (66 against 185-285 ms for 20 MB, a header edit digests every page's
 * inputs). Cache keys ({@link ContentKey}) stay SHA-256.</p>
 */
public final class ValueDigest {
    private static final Map<Class<?>, List<MethodHandle>> COMPONENTS = new ConcurrentHashMap<>();

    /** Parts this large go to the digest at once; smaller ones are gathered first (each update has its cost). */
    private static final int GATHERED = 8192;

    private final MessageDigest digest;
    private final byte[] gathered = new byte[GATHERED];
    private int length;

    private ValueDigest() {
        try {
            digest = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no MD5", e);
        }
    }

    /** The digest of these values, in this order, in hexadecimal. */
    public static String of(Object... values) {
        return java.util.HexFormat.of().formatHex(raw(values));
    }

    private static byte[] raw(Object... values) {
        ValueDigest value = new ValueDigest();
        for (Object part : values) {
            value.add(part);
        }
        value.flush();
        return value.digest.digest();
    }

    private void add(Object value) {
        if (value == null) {
            tag('0');
        } else if (value instanceof String text) {
            tag('s');
            bytes(text.getBytes(StandardCharsets.UTF_8));
        } else if (value instanceof Boolean flag) {
            tag(flag ? 'T' : 'F');
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            tag('i');
            number(((Number) value).longValue());
        } else if (value instanceof Double || value instanceof Float) {
            tag('d');
            number(Double.doubleToLongBits(((Number) value).doubleValue()));
        } else if (value instanceof Character character) {
            tag('c');
            number(character);
        } else if (value instanceof Enum<?> constant) {
            tag('e');
            bytes(constant.getDeclaringClass().getName().getBytes(StandardCharsets.UTF_8));
            bytes(constant.name().getBytes(StandardCharsets.UTF_8));
        } else if (value instanceof Record record) {
            addRecord(record);
        } else if (value instanceof List<?> list) {
            tag('l');
            number(list.size());
            list.forEach(this::add);
        } else if (value instanceof Map<?, ?> map) {
            addMap(map);
        } else if (value instanceof Set<?> set) {
            addSet(set);
        } else if (value instanceof Optional<?> optional) {
            tag('o');
            add(optional.orElse(null));
        } else if (value instanceof TemporalAccessor || value instanceof Path) {
            // Dates and times (LocalDate, Instant) and paths: their text is their value.
            tag('t');
            bytes(value.getClass().getName().getBytes(StandardCharsets.UTF_8));
            bytes(value.toString().getBytes(StandardCharsets.UTF_8));
        } else {
            throw new IllegalArgumentException("cannot digest a " + value.getClass().getName()
                + " (expected records, lists, maps, sets, strings, numbers, booleans, enums, dates or null)");
        }
    }

    private void addRecord(Record record) {
        tag('r');
        bytes(record.getClass().getName().getBytes(StandardCharsets.UTF_8));
        List<MethodHandle> accessors = COMPONENTS.computeIfAbsent(record.getClass(), ValueDigest::accessors);
        number(accessors.size());
        for (MethodHandle accessor : accessors) {
            try {
                add((Object) accessor.invokeExact((Object) record));
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read a component of " + record.getClass().getName(), e);
            }
        }
    }

    private void addMap(Map<?, ?> map) {
        tag('m');
        number(map.size());
        if (map instanceof SortedMap<?, ?> || map instanceof LinkedHashMap<?, ?> || map.size() < 2) {
            map.forEach((key, value) -> {
                add(key);
                add(value);
            });
            return;
        }
        List<byte[]> entries = new ArrayList<>();
        map.forEach((key, value) -> entries.add(raw(key, value)));
        addUnordered(entries);
    }

    private void addSet(Set<?> set) {
        tag('z');
        number(set.size());
        if (set instanceof SortedSet<?> || set instanceof LinkedHashSet<?> || set.size() < 2) {
            set.forEach(this::add);
            return;
        }
        List<byte[]> elements = new ArrayList<>();
        set.forEach(element -> elements.add(raw(element)));
        addUnordered(elements);
    }

    private void addUnordered(Collection<byte[]> digests) {
        digests.stream().sorted(Comparator.comparing((byte[] bytes) -> bytes, Arrays::compareUnsigned)).forEach(this::write);
    }

    private static List<MethodHandle> accessors(Class<?> type) {
        List<MethodHandle> accessors = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            try {
                java.lang.reflect.Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                accessors.add(MethodHandles.lookup().unreflect(accessor).asType(MethodType.methodType(Object.class, Object.class)));
            } catch (IllegalAccessException | RuntimeException e) {
                throw new IllegalArgumentException("cannot digest " + type.getName() + ": its component " + component.getName()
                    + " cannot be read (" + e.getMessage() + ")", e);
            }
        }
        return List.copyOf(accessors);
    }

    private void tag(char kind) {
        if (length == GATHERED) {
            flush();
        }
        gathered[length++] = (byte) kind;
    }

    private void number(long value) {
        if (length + Long.BYTES > GATHERED) {
            flush();
        }
        for (int shift = 56; shift >= 0; shift -= 8) {
            gathered[length++] = (byte) (value >>> shift);
        }
    }

    private void bytes(byte[] bytes) {
        number(bytes.length);
        write(bytes);
    }

    private void write(byte[] bytes) {
        if (length + bytes.length > GATHERED) {
            flush();
        }
        if (bytes.length >= GATHERED) {
            digest.update(bytes);
        } else {
            System.arraycopy(bytes, 0, gathered, length, bytes.length);
            length += bytes.length;
        }
    }

    private void flush() {
        digest.update(gathered, 0, length);
        length = 0;
    }
}
