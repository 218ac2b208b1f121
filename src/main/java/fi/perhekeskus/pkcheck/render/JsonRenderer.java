package fi.perhekeskus.pkcheck.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fi.perhekeskus.pkcheck.model.Severity;
import fi.perhekeskus.pkcheck.report.Baseline;
import fi.perhekeskus.pkcheck.report.Finding;
import fi.perhekeskus.pkcheck.report.Fingerprint;
import fi.perhekeskus.pkcheck.report.Report;
import fi.perhekeskus.pkcheck.report.Suggestion;
import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import java.util.Map;

/**
 * The JSON report of cli-and-report.md: one document, fields in the spec's order, findings sorted, so
 * the same input gives byte-identical output. Written as a stream with Jackson's generator: no tree of
 * the whole report is held (a national check has hundreds of thousands of findings), and a run does not
 * start Jackson's data binding at all unless a rule puts a value other than text, numbers, truth values,
 * lists and maps into a finding's details.
 */
public final class JsonRenderer implements Renderer {

    /** The version of the JSON report's shape. */
    public static final int SCHEMA_VERSION = 1;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private static final String OWN = "fi.perhekeskus.pkcheck.";

    /** For detail values of other kinds, made when first needed; map entries sorted by key. */
    private ObjectMapper mapper;

    @Override
    public String name() {
        return "json";
    }

    @Override
    public void render(Report report, RenderContext context, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                    .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n")));
            g.writeStartObject();
            g.writeNumberField("schemaVersion", SCHEMA_VERSION);
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", "pkcheck");
            g.writeStringField("version", context.toolVersion());
            g.writeEndObject();
            g.writeStringField("model", report.modelId());
            g.writeStringField("region", report.regionId());
            g.writeStringField("checkDate", report.checkDate().toString());
            g.writeStringField("language", context.messages().language().name());
            g.writeArrayFieldStart("datasets");
            for (String dataset : report.datasets()) {
                g.writeString(dataset);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("errors", report.count(Severity.ERROR));
            g.writeNumberField("warnings", report.count(Severity.WARNING));
            g.writeNumberField("infos", report.count(Severity.INFO));
            g.writeNumberField("waived", report.waivedCount());
            g.writeEndObject();
            g.writeArrayFieldStart("findings");
            for (Finding f : report.findings()) {
                finding(g, f, report, context.messages());
            }
            g.writeEndArray();
            if (report.baseline() != null) {
                baseline(g, report);
            }
            if (report.meeting() != null) {
                meeting(g, report, context.messages());
            }
            g.writeEndObject();
        }
        out.write("\n");
    }

    private void finding(JsonGenerator g, Finding f, Report report, Messages messages) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", f.rule());
        g.writeStringField("severity", f.severity().name());
        g.writeObjectFieldStart("subject");
        g.writeStringField("type", f.subject().type());
        g.writeStringField("id", f.subject().id());
        g.writeEndObject();
        g.writeStringField("message", messages.message(f));
        if (f.location() != null) {
            g.writeObjectFieldStart("location");
            g.writeStringField("file", f.location().file());
            g.writeNumberField("line", f.location().line());
            if (f.location().column() > 0) {
                // 0 is "not known" (a workbook or CSV row, a record without a column): left out, as SARIF does.
                g.writeNumberField("column", f.location().column());
            }
            if (f.location().sheet() != null) {
                // A workbook row: the sheet and row beside file/line, so that JSON consumers need not know the mapping.
                g.writeStringField("sheet", f.location().sheet());
                g.writeNumberField("row", f.location().row());
            }
            g.writeEndObject();
        }
        if (f.group() != null) {
            g.writeStringField("group", f.group());
        }
        if (f.tier() != null) {
            g.writeStringField("tier", f.tier().name());
        }
        g.writeFieldName("details");
        value(g, f.details());
        g.writeStringField("fingerprint", Fingerprint.of(f));
        var waiver = report.waiver(f);
        if (waiver.isPresent()) {
            g.writeObjectFieldStart("waived");
            g.writeStringField("reason", waiver.get().reason());
            g.writeStringField("until", waiver.get().until().toString());
            g.writeEndObject();
        }
        if (report.baseline() != null) {
            g.writeStringField("baseline", report.isNew(f) ? "new" : "remaining");
        }
        g.writeEndObject();
    }

    private static void baseline(JsonGenerator g, Report report) throws IOException {
        long fresh = report.findings().stream().filter(report::isNew).count();
        g.writeObjectFieldStart("baseline");
        g.writeStringField("file", report.baseline().source());
        g.writeNumberField("new", fresh);
        g.writeNumberField("remaining", report.findings().size() - fresh);
        g.writeArrayFieldStart("fixed");
        for (Baseline.Entry e : report.baseline().fixed()) {
            g.writeStartObject();
            g.writeStringField("rule", e.rule());
            g.writeStringField("severity", e.severity());
            g.writeObjectFieldStart("subject");
            g.writeStringField("type", e.subject().type());
            g.writeStringField("id", e.subject().id());
            g.writeEndObject();
            g.writeStringField("message", e.message());
            g.writeStringField("fingerprint", e.fingerprint());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void meeting(JsonGenerator g, Report report, Messages messages) throws IOException {
        g.writeObjectFieldStart("meeting");
        g.writeStringField("id", report.meeting().id());
        g.writeStringField("group", report.meeting().group());
        g.writeStringField("date", report.meeting().date().toString());
        g.writeArrayFieldStart("attendees");
        for (var attendee : report.meeting().attendees()) {
            g.writeString(attendee.id());
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeArrayFieldStart("suggestions");
        for (Suggestion s : report.suggestions()) {
            g.writeStartObject();
            g.writeStringField("rule", s.rule());
            g.writeStringField("message", messages.suggestion(s));
            g.writeNumberField("needed", s.needed());
            g.writeArrayFieldStart("invite");
            for (Suggestion.Invite i : s.invites()) {
                g.writeStartObject();
                g.writeStringField("person", i.member().id());
                if (i.deputy() != null) {
                    g.writeStringField("deputy", i.deputy().id());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /**
     * A detail value as Jackson's data binding writes it (maps with their entries sorted by key), without
     * starting the data binding for the kinds of value the rules use.
     */
    private void value(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String text) {
            g.writeString(text);
        } else if (value instanceof Boolean truth) {
            g.writeBoolean(truth);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte) {
            g.writeNumber(((Number) value).longValue());
        } else if (value instanceof Enum<?> constant && constant.getDeclaringClass().getName().startsWith(OWN)) {
            // pkcheck's enums carry no Jackson annotations: the data binding writes their names
            g.writeString(constant.name());
        } else if (value instanceof Collection<?> items) {
            g.writeStartArray();
            for (Object item : items) {
                value(g, item);
            }
            g.writeEndArray();
        } else if (value instanceof Map<?, ?> map && map.keySet().stream().allMatch(String.class::isInstance)) {
            g.writeStartObject();
            for (Map.Entry<?, ?> entry : new java.util.TreeMap<>(map).entrySet()) {
                g.writeFieldName((String) entry.getKey());
                value(g, entry.getValue());
            }
            g.writeEndObject();
        } else {
            if (mapper == null) {
                mapper = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
            }
            mapper.writeValue(g, value);
        }
    }
}
