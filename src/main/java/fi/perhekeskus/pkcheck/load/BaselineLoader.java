package fi.perhekeskus.pkcheck.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.perhekeskus.pkcheck.model.Location;
import fi.perhekeskus.pkcheck.report.Baseline;
import fi.perhekeskus.pkcheck.report.Fingerprint;
import fi.perhekeskus.pkcheck.report.Subject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an earlier JSON report as a baseline. A finding's identity is its fingerprint (rule, subject,
 * details), recomputed from the fields when the report predates the fingerprint field.
 */
public final class BaselineLoader {

    private final InputLimits limits;
    private final ObjectMapper mapper;

    /** A loader with the default {@link InputLimits}. */
    public BaselineLoader() {
        this(InputLimits.DEFAULT);
    }

    public BaselineLoader(InputLimits limits) {
        this.limits = limits;
        this.mapper = new ObjectMapper(limits.jsonFactory());
    }

    /** The baseline's findings, and the set of their fingerprints. */
    public Baseline load(Path file, List<Baseline.Entry> entriesOut) {
        String name = DatasetLoader.display(file);
        JsonNode root;
        if (!Files.isRegularFile(file)) {
            throw InputException.keyed(name, "error.noBaselineFile");
        }
        limits.checkSize(file, name);
        try (InputStream in = Files.newInputStream(file)) {
            root = mapper.readTree(in);
        } catch (StreamConstraintsException e) {
            throw TreeReader.limit(name, e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            String detail = TreeReader.withoutQuotes(e.getOriginalMessage());
            throw InputException.keyed(new Location(name, line, column), "error.baselineNotJson", detail,
                    ParseProblem.of(detail));
        } catch (IOException e) {
            throw InputException.keyed(name, "error.cannotReadBaseline", InputException.reasonTerm(e));
        }
        if (root == null || !root.path("findings").isArray()) {
            throw InputException.keyed(name, "error.baselineNoFindings");
        }
        Set<String> known = new HashSet<>();
        for (JsonNode f : root.get("findings")) {
            if (f.path("waived").isObject()) {
                continue;
            }
            String rule = f.path("rule").asText();
            Subject subject = new Subject(f.at("/subject/type").asText(), f.at("/subject/id").asText());
            Map<String, Object> details = new LinkedHashMap<>();
            f.path("details").fields().forEachRemaining(e -> details.put(e.getKey(), plain(e.getValue())));
            String fingerprint = f.hasNonNull("fingerprint") ? f.get("fingerprint").asText()
                    : Fingerprint.of(rule, subject.type(), subject.id(), details);
            JsonNode loc = f.path("location");
            Location location = loc.isObject() ? new Location(loc.path("file").asText(), loc.path("line").asInt(),
                    loc.path("column").asInt()) : null;
            known.add(fingerprint);
            entriesOut.add(new Baseline.Entry(rule, f.path("severity").asText(), subject,
                    f.path("message").asText(""), location, fingerprint));
        }
        return new Baseline(name, known, List.of());
    }

    /** A details value as the report model holds it: numbers, text, lists of text. */
    private static Object plain(JsonNode value) {
        if (value.isIntegralNumber()) {
            return value.asLong();
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(v -> items.add(v.asText()));
            return items;
        }
        return value.asText();
    }
}
