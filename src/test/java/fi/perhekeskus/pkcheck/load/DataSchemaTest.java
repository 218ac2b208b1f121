package fi.perhekeskus.pkcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import fi.perhekeskus.pkcheck.TestPaths;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The editor schema (schema/pkcheck-data.schema.json) says what the loader reads: same fields, and the samples pass. */
class DataSchemaTest {

    private static final Path SCHEMA = TestPaths.repository().resolve("schema/pkcheck-data.schema.json");

    private static final Map<String, String> DEFS = Map.of("region", "region", "area", "area",
            "municipality", "municipality", "organisation", "organisation", "person", "person", "group", "group",
            "membership", "membership", "member", "member", "meetingPlace", "meetingPlace", "meeting", "meeting");

    @Test
    void everyRecordKindHasTheFieldsTheLoaderAllows() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(SCHEMA.toFile());
        assertEquals(new TreeSet<>(DatasetLoader.FIELDS.get("top")), names(schema.get("properties")));
        Set<String> kinds = new TreeSet<>(DatasetLoader.FIELDS.keySet());
        kinds.remove("top");
        assertEquals(kinds, new TreeSet<>(DEFS.keySet()));
        for (String kind : kinds) {
            JsonNode def = schema.get("$defs").get(DEFS.get(kind));
            assertEquals(new TreeSet<>(DatasetLoader.FIELDS.get(kind)), names(def.get("properties")), kind);
            assertFalse(def.get("additionalProperties").asBoolean(), kind);
        }
    }

    private static Set<String> names(JsonNode properties) {
        Set<String> names = new TreeSet<>();
        properties.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void theSampleAndCompliantDataValidate() throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        Schema schema;
        try (InputStream in = Files.newInputStream(SCHEMA)) {
            schema = registry.getSchema(in);
        }
        YAMLMapper yaml = new YAMLMapper();
        List<Path> files;
        try (Stream<Path> walk = Stream.concat(Files.walk(TestPaths.repository().resolve("sample-data")),
                Files.walk(TestPaths.repository().resolve("src/test/resources/compliant")))) {
            files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        for (Path file : files) {
            List<Error> errors = schema.validate(yaml.readTree(file.toFile()));
            assertEquals(List.of(), errors.stream().map(Error::toString).toList(), file.toString());
        }
    }
}
