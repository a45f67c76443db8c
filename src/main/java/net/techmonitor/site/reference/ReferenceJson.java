package net.techmonitor.site.reference;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads one of the generator's reference-data resources with Jackson. */
final class ReferenceJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReferenceJson() {
    }

    static <T> T read(String resource, Class<T> type) {
        try (InputStream in = ReferenceJson.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return MAPPER.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
