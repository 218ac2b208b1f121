package fi.perhekeskus.pkcheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.perhekeskus.pkcheck.engine.RuleBase;
import fi.perhekeskus.pkcheck.engine.Settlement;
import fi.perhekeskus.pkcheck.engine.RuleInfo;
import fi.perhekeskus.pkcheck.model.RequirementKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md is generated from the rules' own metadata and the English bundle, so it cannot drift.
 * Regenerate with {@code mvn test -Dtest=RulesDocTest -Dgolden.update=true}.
 */
class RulesDocTest {

    private static final Path DOC = Path.of("docs/rules.md");

    static String generate() {
        Messages m = new Messages(Language.en);
        Map<String, RuleInfo> byId = new LinkedHashMap<>();
        RuleBase rules = RuleBase.build(List.of());
        for (RuleInfo info : rules.rules()) {
            byId.putIfAbsent(info.id(), info);
        }
        StringBuilder out = new StringBuilder();
        out.append("# Rules\n\n")
                .append("Generated from the DRL metadata (`@id`, `@severity`, `@params`, `@model`) and the English message\n")
                .append("bundle by `RulesDocTest`; `pkcheck rules ID --lang fi|sv|en` shows the same in every language.\n")
                .append("A governance model may change a rule's severity or switch it off for a tier, and turns on the\n")
                .append("rules that read a requirement, with their parameters ([model format](model-format.md)).\n\n")
                .append("| id | severity | what it finds |\n|---|---|---|\n");
        byId.values().forEach(r -> out.append("| [").append(r.id()).append("](#").append(r.id().toLowerCase())
                .append(") | ").append(r.severity()).append(" | ").append(m.title(r.id())).append(" |\n"));
        for (RuleInfo r : byId.values()) {
            out.append("\n## ").append(r.id()).append("\n\n")
                    .append("**").append(m.title(r.id())).append("** — default severity ").append(r.severity())
                    .append(Settlement.PACKAGE.equals(r.packageName())
                            ? ", judged after the rules have fired, with the model's severities (`engine/Settlement`)"
                            : ", in `rules/" + r.packageName().substring(r.packageName().lastIndexOf('.') + 1) + ".drl`")
                    .append(".\n\n")
                    .append(m.get("explain." + r.id())).append("\n\n")
                    .append("Example: ").append(m.get("example." + r.id())).append("\n");
            RequirementKind kind = rules.requirements().of(r.id());
            if (kind != null) {
                out.append("\nIn a model: ").append(kind.key() == null ? "" : "`" + kind.key() + "` or ")
                        .append("`requirements: { ").append(r.id()).append(": ... }`")
                        .append(kind.params().isEmpty() ? ", no parameters"
                                : "; parameters " + kind.params().stream().map(p -> "`" + p + "`")
                                        .collect(java.util.stream.Collectors.joining(", ")))
                        .append(switch (kind.byDefault()) {
                            case EVERY_TIER -> "; on at every tier that does not switch it off";
                            case BELOW_TOP -> "; on at every tier below the top one that does not switch it off";
                            case NONE -> "";
                        })
                        .append(".\n");
            }
        }
        return out.toString();
    }

    @Test
    void docsRulesIsUpToDate() throws IOException {
        String generated = generate();
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        }
        assertEquals(generated, Files.readString(DOC, StandardCharsets.UTF_8),
                "docs/rules.md is stale: run mvn test -Dtest=RulesDocTest -Dgolden.update=true");
    }
}
