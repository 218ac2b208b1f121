package fi.perhekeskus.pkcheck.history;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The history as one JSON document (history.md): {@code schemaVersion} and the runs oldest first, each with
 * its summary and how many findings are new and fixed since the previous run of its region. Beyond the
 * contract, each run also lists those findings ({@code newFindings}, {@code fixedFindings}) and its open
 * errors and warnings by area and tier ({@code cells}).
 */
final class HistoryJson implements HistoryWriter {

    @Override
    public void write(Trend trend, Context context, Writer out) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("schemaVersion", 1);
            json.writeArrayFieldStart("runs");
            for (Trend.Step step : trend.steps()) {
                run(json, step);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void run(JsonGenerator json, Trend.Step step) throws IOException {
        StoredRun run = step.run();
        json.writeStartObject();
        json.writeNumberField("id", run.id());
        json.writeStringField("recordedAt", run.recordedAt().toString());
        json.writeStringField("checkDate", run.checkDate().toString());
        json.writeStringField("region", run.region());
        json.writeStringField("model", run.model());
        json.writeStringField("label", run.label());
        json.writeObjectFieldStart("summary");
        json.writeNumberField("errors", run.summary().errors());
        json.writeNumberField("warnings", run.summary().warnings());
        json.writeNumberField("infos", run.summary().infos());
        json.writeNumberField("waived", run.summary().waived());
        json.writeEndObject();
        json.writeNumberField("new", step.added().size());
        json.writeNumberField("fixed", step.fixed().size());
        if (run.regionName() != null) {
            json.writeStringField("regionName", run.regionName());
        }
        items(json, "newFindings", step.added());
        items(json, "fixedFindings", step.fixed());
        json.writeArrayFieldStart("cells");
        for (RunSnapshot.Cell c : run.cells()) {
            json.writeStartObject();
            json.writeStringField("area", c.area().isEmpty() ? null : c.area());
            json.writeStringField("tier", c.tier());
            if (c.groups() != null) {
                json.writeNumberField("groups", c.groups());
            }
            json.writeNumberField("errors", c.errors());
            json.writeNumberField("warnings", c.warnings());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void items(JsonGenerator json, String field, List<RunSnapshot.Item> items) throws IOException {
        json.writeArrayFieldStart(field);
        for (RunSnapshot.Item f : items) {
            json.writeStartObject();
            json.writeStringField("rule", f.rule());
            json.writeStringField("severity", f.severity().name());
            json.writeObjectFieldStart("subject");
            json.writeStringField("type", f.subjectType());
            json.writeStringField("id", f.subjectId());
            json.writeEndObject();
            if (f.group() != null) {
                json.writeStringField("group", f.group());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
