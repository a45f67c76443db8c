package net.techmonitor.site.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Builds a cache key: a SHA-256 over every input, each written with its length first so that no two different
 * lists of inputs ("ab","c" and "a","bc") give the same key.
 */
public final class ContentKey {
    private final MessageDigest digest;

    private ContentKey() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }

    /**
     * The digest of one file's bytes. A build records its inputs by these, and the content's AsciiDoc files get
     * theirs from the bytes the build converts, so that each file is read and hashed once.
     */
    public static String ofFile(byte[] bytes) {
        return of("file").with(bytes).hex();
    }

    public static ContentKey of(String purpose) {
        return new ContentKey().with(purpose);
    }

    public ContentKey with(String part) {
        return with(part == null ? new byte[]{0} : part.getBytes(StandardCharsets.UTF_8));
    }

    public ContentKey with(byte[] part) {
        digest.update(java.nio.ByteBuffer.allocate(Integer.BYTES).putInt(part.length).array());
        digest.update(part);
        return this;
    }

    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
