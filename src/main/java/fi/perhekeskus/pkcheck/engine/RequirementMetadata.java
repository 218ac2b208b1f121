package fi.perhekeskus.pkcheck.engine;

import fi.perhekeskus.pkcheck.model.ModelDefault;
import fi.perhekeskus.pkcheck.model.RequirementCatalogue;
import fi.perhekeskus.pkcheck.model.RequirementKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.rule.Rule;

/**
 * Reads what the rules declare about the requirements they read: {@code @params("min: count = 1")} (its
 * parameters; {@code ""} for none), {@code @model("roles[]")} (the short model key) and
 * {@code @modelDefault("true")} (on unless the model switches it off; {@code "belowTop"}: so at every tier with a
 * tier directly above it, see {@link ModelDefault}). Several DRL rules of one id may declare
 * it; where they do, they must agree.
 */
final class RequirementMetadata {

    private final Map<String, RequirementKind> byRule = new LinkedHashMap<>();

    /**
     * Adds what {@code rule} declares.
     *
     * @throws IllegalArgumentException when the declaration is malformed or disagrees with another rule of the id
     */
    void add(String id, Rule rule) {
        Map<String, Object> meta = rule.getMetaData();
        Object params = meta.get("params");
        Object key = meta.get("model");
        Object byDefault = meta.get("modelDefault");
        if (params == null) {
            if (key != null || byDefault != null) {
                throw new IllegalArgumentException("rule \"" + rule.getName() + "\": @model and @modelDefault need "
                        + "@params(\"...\") (its parameters, \"\" for none)");
            }
            return;
        }
        RequirementKind kind;
        try {
            kind = RequirementKind.parse(id, key == null ? null : unquote(key), unquote(params),
                    byDefault == null ? ModelDefault.NONE : ModelDefault.parse(unquote(byDefault)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("rule \"" + rule.getName() + "\": " + e.getMessage(), e);
        }
        RequirementKind before = byRule.putIfAbsent(id, kind);
        if (before != null && !before.equals(kind)) {
            throw new IllegalArgumentException("rule \"" + rule.getName() + "\": the rules of " + id
                    + " declare different @params, @model or @modelDefault");
        }
    }

    RequirementCatalogue catalogue() {
        return new RequirementCatalogue(new ArrayList<>(byRule.values()));
    }

    List<RequirementKind> kinds() {
        return List.copyOf(byRule.values());
    }

    private static String unquote(Object value) {
        String text = value.toString();
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1) : text;
    }
}
