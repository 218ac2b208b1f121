package fi.perhekeskus.pkcheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fi.perhekeskus.pkcheck.model.Location;
import fi.perhekeskus.pkcheck.model.Role;
import fi.perhekeskus.pkcheck.model.Severity;
import fi.perhekeskus.pkcheck.model.Tier;
import fi.perhekeskus.pkcheck.report.Finding;
import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The streamed details read as Jackson's data binding writes the same values. */
class JsonRendererTest {

    /** A value of a kind a user's rule might put into details. */
    public record Seats(String group, int count) {
    }

    private static final ObjectMapper BINDING = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private static JsonNode details(Map<String, Object> details) throws IOException {
        Finding finding = Finding.builder("SIZE-001", Severity.WARNING).subject("group", "g").details(details)
                .build();
        StringWriter out = new StringWriter();
        new JsonRenderer().render(RenderFixtures.report(List.of(finding)), RenderFixtures.context(), out);
        return new ObjectMapper().readTree(out.toString()).get("findings").get(0).get("details");
    }

    @Test
    void everyKindOfDetailReadsAsTheDataBindingWritesIt() throws IOException {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("text", "a \"quoted\" <b> & ä");
        details.put("int", 7);
        details.put("long", 12_345_678_901L);
        details.put("double", 0.25);
        details.put("truth", true);
        details.put("role", Role.CHAIR);
        details.put("tier", Tier.LOCAL);
        details.put("list", List.of("b", "a", 3));
        details.put("set", Set.of("only"));
        details.put("map", new LinkedHashMap<>(Map.of("z", 1, "a", List.of(Map.of("y", 2, "x", 1)))));
        details.put("record", new Seats("g1", 4));
        details.put("numberKeys", Map.of(2, "two", 1, "one"));
        // compared as text, compactly: the order of fields counts (a tree's equality ignores it)
        String expected = BINDING.writeValueAsString(new java.util.TreeMap<>(details));
        assertEquals(expected, new ObjectMapper().writeValueAsString(details(details)));
    }

    @Test
    void aLocationGivesItsColumnOnlyWhereItIsKnown() throws IOException {
        List<Finding> findings = List.of(
                Finding.builder("SIZE-001", Severity.WARNING).subject("group", "a").at(new Location("g.yaml", 4, 7))
                        .build(),
                Finding.builder("SIZE-001", Severity.WARNING).subject("group", "b")
                        .at(Location.cell("d.xlsx", "groups", 25, 0)).build(),
                Finding.builder("SIZE-001", Severity.WARNING).subject("group", "c")
                        .at(Location.cell("d.xlsx", "members", 3, 4)).build());
        StringWriter out = new StringWriter();
        new JsonRenderer().render(RenderFixtures.report(findings), RenderFixtures.context(), out);
        JsonNode found = new ObjectMapper().readTree(out.toString()).get("findings");

        assertEquals("{\"file\":\"g.yaml\",\"line\":4,\"column\":7}", found.get(0).get("location").toString());
        assertEquals("{\"file\":\"d.xlsx\",\"line\":25,\"sheet\":\"groups\",\"row\":25}",
                found.get(1).get("location").toString(), "a workbook row: no column 0");
        assertEquals("{\"file\":\"d.xlsx\",\"line\":3,\"column\":4,\"sheet\":\"members\",\"row\":3}",
                found.get(2).get("location").toString());
    }
}
