package fi.perhekeskus.pkcheck.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.perhekeskus.pkcheck.model.Location;
import fi.perhekeskus.pkcheck.model.Severity;
import fi.perhekeskus.pkcheck.report.Finding;
import fi.perhekeskus.pkcheck.report.Fingerprint;
import fi.perhekeskus.pkcheck.report.Report;
import fi.perhekeskus.pkcheck.report.RuleDescriptor;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report as SARIF 2.1.0, the format GitHub code scanning reads: one run whose driver lists every rule
 * that ran (title, explanation and example in the reader's language), and one result per finding with its
 * data file and line, a fingerprint that survives unrelated edits, the waiver that accepts it and its state
 * against a baseline. The same report gives the same bytes.
 *
 * <p>GitHub rejects a whole upload when a single result has no physical location, so a finding about no
 * record in a file (a municipality that no group covers) points at the first dataset, without a region.
 * Every result also names its subject as a logical location. Findings fixed since a baseline are not
 * written as {@code absent} results, because GitHub would show them as open alerts; the run's properties
 * count them instead.
 */
public final class SarifRenderer implements Renderer {

    /** The published SARIF 2.1.0 schema, by which viewers recognise the file. */
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    /** pkcheck's key among a result's partial fingerprints; a new {@link Fingerprint} recipe needs a new key. */
    public static final String FINGERPRINT_KEY = "pkcheck/v1";

    /** The base of relative paths: the directory pkcheck ran in, normally the repository root. */
    static final String SOURCE_ROOT = "%SRCROOT%";

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public String name() {
        return "sarif";
    }

    @Override
    public void render(Report report, RenderContext context, Writer out) throws IOException {
        Messages m = context.messages();
        ObjectNode root = mapper.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "pkcheck");
        driver.put("version", context.toolVersion());
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        for (RuleDescriptor rule : rules(report, context)) {
            ruleIndex.put(rule.id(), ruleIndex.size());
            rules.add(rule(rule, m));
        }
        run.put("language", m.language().name());
        ArrayNode results = run.putArray("results");
        for (Finding f : report.findings()) {
            results.add(result(report, f, ruleIndex.get(f.rule()), m));
        }
        run.set("properties", runProperties(report));
        mapper.writer(printer()).writeValue(out, root);
        out.write("\n");
    }

    /**
     * The rules that ran, then any rule a finding names that the context does not list (a finding made
     * outside the rule base), so that every result's {@code ruleIndex} points at its rule.
     */
    private static List<RuleDescriptor> rules(Report report, RenderContext context) {
        Map<String, RuleDescriptor> byId = new LinkedHashMap<>();
        context.rules().forEach(r -> byId.putIfAbsent(r.id(), r));
        report.findings().forEach(f -> byId.putIfAbsent(f.rule(), new RuleDescriptor(f.rule(), f.severity())));
        return new ArrayList<>(byId.values());
    }

    private ObjectNode rule(RuleDescriptor rule, Messages m) {
        String title = text(m, "title." + rule.id(), rule.id());
        String explain = text(m, "explain." + rule.id(), title);
        String help = m.has("example." + rule.id())
                ? explain + "\n\n" + m.get("rules.example") + " " + m.get("example." + rule.id())
                : explain;
        ObjectNode node = mapper.createObjectNode();
        node.put("id", rule.id());
        node.put("name", rule.id());
        node.putObject("shortDescription").put("text", title);
        node.putObject("fullDescription").put("text", explain);
        node.putObject("help").put("text", help);
        node.putObject("defaultConfiguration").put("level", level(rule.severity()));
        node.putObject("properties").putArray("tags").add(family(rule.id()));
        return node;
    }

    private ObjectNode result(Report report, Finding f, int ruleIndex, Messages m) {
        ObjectNode node = mapper.createObjectNode();
        node.put("ruleId", f.rule());
        node.put("ruleIndex", ruleIndex);
        node.put("level", level(f.severity()));
        node.putObject("message").put("text", m.message(f));
        node.putArray("locations").add(location(report, f));
        node.putObject("partialFingerprints").put(FINGERPRINT_KEY, Fingerprint.of(f));
        if (report.baseline() != null) {
            node.put("baselineState", report.isNew(f) ? "new" : "unchanged");
        }
        report.waiver(f).ifPresent(w -> {
            ObjectNode suppression = node.putArray("suppressions").addObject();
            // No status: the schema says "state" where the spec says "status"; absent, both mean accepted.
            suppression.put("kind", "external");
            suppression.put("justification", w.reason());
            suppression.putObject("properties").put("until", w.until().toString());
        });
        ObjectNode properties = node.putObject("properties");
        properties.put("subjectType", f.subject().type());
        properties.put("subjectId", f.subject().id());
        if (f.group() != null) {
            properties.put("group", f.group());
        }
        if (f.tier() != null) {
            properties.put("tier", f.tier().name());
        }
        properties.set("details", mapper.valueToTree(f.details()));
        return node;
    }

    private ObjectNode location(Report report, Finding f) {
        ObjectNode node = mapper.createObjectNode();
        Location where = f.location();
        String file = where != null ? where.file() : report.datasets().isEmpty() ? null : report.datasets().get(0);
        if (file != null) {
            ObjectNode physical = node.putObject("physicalLocation");
            ObjectNode artifact = physical.putObject("artifactLocation");
            String uri = uri(file);
            artifact.put("uri", uri);
            if (!uri.startsWith("file:")) {
                artifact.put("uriBaseId", SOURCE_ROOT);
            }
            // SARIF counts lines and columns from 1; a location without a line is the file as a whole.
            if (where != null && where.line() > 0) {
                ObjectNode region = physical.putObject("region");
                region.put("startLine", where.line());
                if (where.column() > 0) {
                    region.put("startColumn", where.column());
                }
            }
        }
        ObjectNode logical = node.putArray("logicalLocations").addObject();
        logical.put("name", f.subject().id());
        logical.put("fullyQualifiedName", f.subject().type() + "/" + f.subject().id());
        logical.put("kind", f.subject().type());
        return node;
    }

    private ObjectNode runProperties(Report report) {
        ObjectNode properties = mapper.createObjectNode();
        properties.put("model", report.modelId());
        properties.put("region", report.regionId());
        properties.put("checkDate", report.checkDate().toString());
        ArrayNode datasets = properties.putArray("datasets");
        report.datasets().forEach(datasets::add);
        if (report.meeting() != null) {
            properties.put("meeting", report.meeting().id());
        }
        if (report.baseline() != null) {
            ObjectNode baseline = properties.putObject("baseline");
            long fresh = report.findings().stream().filter(report::isNew).count();
            baseline.put("file", report.baseline().source());
            baseline.put("new", fresh);
            baseline.put("unchanged", report.findings().size() - fresh);
            baseline.put("fixed", report.baseline().fixed().size());
        }
        return properties;
    }

    /** SARIF's level for a severity: INFO is a note. */
    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /**
     * A file as the user named it, as a URI reference: forward slashes, no leading {@code ./}, every byte
     * outside RFC 3986's unreserved characters percent-encoded (Finnish letters and spaces included). A
     * relative path stays relative, which GitHub resolves against the repository; an absolute one becomes
     * a {@code file:} URI, which is valid but matches no file in a repository.
     */
    static String uri(String file) {
        String path = file.replace('\\', '/');
        boolean drive = path.length() >= 3 && path.charAt(1) == ':' && path.charAt(2) == '/'
                && Character.isLetter(path.charAt(0));
        boolean absolute = path.startsWith("/") || drive;
        while (path.startsWith("./")) {
            path = path.substring(2);
        }
        if (drive) {
            path = "/" + path.substring(0, 2) + encode(path.substring(2));
        } else {
            path = encode(path);
        }
        return absolute ? "file://" + path : path;
    }

    private static String encode(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    private static String family(String ruleId) {
        int dash = ruleId.indexOf('-');
        return dash < 0 ? ruleId : ruleId.substring(0, dash);
    }

    /** The bundle's text for {@code key}, or {@code fallback} for a rule the bundles do not describe. */
    private static String text(Messages m, String key, String fallback) {
        return m.has(key) ? m.get(key) : fallback;
    }

    /** Two-space indentation and "\n" on every platform, like the JSON report. */
    private static DefaultPrettyPrinter printer() {
        return new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"))
                .withObjectIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    }
}
