package net.techmonitor.site.render.head;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Serializes schema.org structured data for a {@code <script type="application/ld+json">} element. Jackson
 * escapes JSON; on top, '<', '>' and '&' become \\u escapes, so a title containing {@code </script>} cannot end
 * the element early (in JSON they only ever occur inside strings, where the escape means the same).
 */
public final class JsonLd {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonLd() {
    }

    public static ObjectNode object(String type) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("@type", type);
        return node;
    }

    public static String forScriptElement(ObjectNode data) {
        ObjectNode document = MAPPER.createObjectNode();
        document.put("@context", "https://schema.org");
        document.setAll(data);
        try {
            return MAPPER.writeValueAsString(document)
                .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize structured data", e);
        }
    }
}
