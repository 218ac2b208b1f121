package fi.perhekeskus.pkcheck.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.perhekeskus.pkcheck.model.Severity;
import fi.perhekeskus.pkcheck.report.Baseline;
import fi.perhekeskus.pkcheck.report.Finding;
import fi.perhekeskus.pkcheck.report.Fingerprint;
import fi.perhekeskus.pkcheck.report.Report;
import fi.perhekeskus.pkcheck.report.Suggestion;
import java.io.IOException;
import java.io.Writer;

/**
 * The JSON report of cli-and-report.md: one document, fields in the spec's order, findings sorted, so
 * the same input gives byte-identical output.
 */
public final class JsonRenderer implements Renderer {

    /** The version of the JSON report's shape. */
    public static final int SCHEMA_VERSION = 1;

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public String name() {
        return "json";
    }

    @Override
    public void render(Report report, RenderContext context, Writer out) throws IOException {
        ObjectNode root = mapper.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        ObjectNode tool = root.putObject("tool");
        tool.put("name", "pkcheck");
        tool.put("version", context.toolVersion());
        root.put("model", report.modelId());
        root.put("region", report.regionId());
        root.put("checkDate", report.checkDate().toString());
        root.put("language", context.messages().language().name());
        ArrayNode datasets = root.putArray("datasets");
        report.datasets().forEach(datasets::add);
        ObjectNode summary = root.putObject("summary");
        summary.put("errors", report.count(Severity.ERROR));
        summary.put("warnings", report.count(Severity.WARNING));
        summary.put("infos", report.count(Severity.INFO));
        summary.put("waived", report.waivedCount());
        ArrayNode findings = root.putArray("findings");
        for (Finding f : report.findings()) {
            ObjectNode node = finding(f, context.messages());
            report.waiver(f).ifPresent(w -> {
                ObjectNode waived = node.putObject("waived");
                waived.put("reason", w.reason());
                waived.put("until", w.until().toString());
            });
            if (report.baseline() != null) {
                node.put("baseline", report.isNew(f) ? "new" : "remaining");
            }
            findings.add(node);
        }
        if (report.baseline() != null) {
            ObjectNode baseline = root.putObject("baseline");
            long fresh = report.findings().stream().filter(report::isNew).count();
            baseline.put("file", report.baseline().source());
            baseline.put("new", fresh);
            baseline.put("remaining", report.findings().size() - fresh);
            ArrayNode fixed = baseline.putArray("fixed");
            for (Baseline.Entry e : report.baseline().fixed()) {
                ObjectNode node = fixed.addObject();
                node.put("rule", e.rule());
                node.put("severity", e.severity());
                ObjectNode subject = node.putObject("subject");
                subject.put("type", e.subject().type());
                subject.put("id", e.subject().id());
                node.put("message", e.message());
                node.put("fingerprint", e.fingerprint());
            }
        }
        if (report.meeting() != null) {
            ObjectNode meeting = root.putObject("meeting");
            meeting.put("id", report.meeting().id());
            meeting.put("group", report.meeting().group());
            meeting.put("date", report.meeting().date().toString());
            ArrayNode attendees = meeting.putArray("attendees");
            report.meeting().attendees().forEach(a -> attendees.add(a.id()));
            ArrayNode suggestions = root.putArray("suggestions");
            for (Suggestion s : report.suggestions()) {
                ObjectNode node = suggestions.addObject();
                node.put("rule", s.rule());
                node.put("message", context.messages().suggestion(s));
                node.put("needed", s.needed());
                ArrayNode invite = node.putArray("invite");
                for (Suggestion.Invite i : s.invites()) {
                    ObjectNode person = invite.addObject();
                    person.put("person", i.member().id());
                    if (i.deputy() != null) {
                        person.put("deputy", i.deputy().id());
                    }
                }
            }
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        mapper.writer(printer).writeValue(out, root);
        out.write("\n");
    }

    private ObjectNode finding(Finding f, Messages messages) {
        ObjectNode node = mapper.createObjectNode();
        node.put("rule", f.rule());
        node.put("severity", f.severity().name());
        ObjectNode subject = node.putObject("subject");
        subject.put("type", f.subject().type());
        subject.put("id", f.subject().id());
        node.put("message", messages.message(f));
        if (f.location() != null) {
            ObjectNode location = node.putObject("location");
            location.put("file", f.location().file());
            location.put("line", f.location().line());
            location.put("column", f.location().column());
            if (f.location().sheet() != null) {
                // A workbook row: the sheet and row beside file/line, so that JSON consumers need not know the mapping.
                location.put("sheet", f.location().sheet());
                location.put("row", f.location().row());
            }
        }
        if (f.group() != null) {
            node.put("group", f.group());
        }
        if (f.tier() != null) {
            node.put("tier", f.tier().name());
        }
        node.set("details", mapper.valueToTree(f.details()));
        node.put("fingerprint", Fingerprint.of(f));
        return node;
    }
}
