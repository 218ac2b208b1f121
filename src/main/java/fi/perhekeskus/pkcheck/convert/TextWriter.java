package fi.perhekeskus.pkcheck.convert;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a dataset document as one YAML or JSON file. Strings that look like numbers or dates are quoted,
 * so a code "020" is read back as "020".
 */
public final class TextWriter {

    private final ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build());
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Writes {@code document} to {@code out}, as JSON when {@code asJson}, else as YAML. */
    public void write(ObjectNode document, Path out, boolean asJson) throws IOException {
        ObjectMapper mapper = asJson ? json : yaml;
        AtomicFile.write(out, stream -> mapper.writer().without(
                com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(stream, document));
    }

    /** The document as text, JSON when {@code asJson}, else YAML: what {@link #write} puts in a file. */
    public String text(ObjectNode document, boolean asJson) throws IOException {
        return (asJson ? json : yaml).writeValueAsString(document) + (asJson ? System.lineSeparator() : "");
    }

    /** The document as YAML text. */
    public String yaml(ObjectNode document) throws IOException {
        return yaml.writeValueAsString(document);
    }
}
