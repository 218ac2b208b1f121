package fi.perhekeskus.pkcheck.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The server's own small JSON answers: errors, the rule list, the model list. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code {"error": ..., "file": ..., "line": ..., "column": ...}}, the last ones where known; the error in
     * {@code language}, as the command line says it.
     */
    static String error(WebError e, fi.perhekeskus.pkcheck.render.Language language) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("error", e.message(language));
        if (e.file() != null) {
            node.put("file", e.file());
        }
        if (e.sheet() != null) {
            node.put("sheet", e.sheet());
        }
        if (e.line() != null) {
            node.put("line", e.line());
        }
        if (e.column() != null) {
            node.put("column", e.column());
        }
        return write(node);
    }
}
