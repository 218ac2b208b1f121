package fi.perhekeskus.pkcheck.load;

import fi.perhekeskus.pkcheck.model.OrganisationType;
import fi.perhekeskus.pkcheck.model.Requirement;
import fi.perhekeskus.pkcheck.model.RequirementCatalogue;
import fi.perhekeskus.pkcheck.model.RequirementKind;
import fi.perhekeskus.pkcheck.model.RequirementParam;
import fi.perhekeskus.pkcheck.model.Role;
import fi.perhekeskus.pkcheck.model.Tier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one tier's demands into {@link Requirement}s: the short keys the rules declare with {@code @model}
 * ({@code size: { min: 5 }}, {@code roles: [...]}, {@code chair: { title: ... }}) and the entries of
 * {@code requirements:}, both checked against each rule's declared parameters. An entry of
 * {@code requirements:} replaces the tier's requirements of that rule ({@code false}: none), and a rule on by
 * default is added where the tier says nothing of it: at every tier ({@code @modelDefault("true")}) or at every
 * tier with a tier directly above it ({@code @modelDefault("belowTop")}).
 */
final class TierRequirements {

    private final RequirementCatalogue catalogue;
    private final Tier tier;
    /** Whether the model has a tier directly above this one. */
    private final boolean hasTierAbove;
    private final List<Requirement> found = new ArrayList<>();
    /** Rules the tier speaks of, on or off: no default for them. */
    private final Set<String> spoken = new HashSet<>();

    /** The requirements of {@code tier}; {@code hasTierAbove}: whether the model has a tier directly above it. */
    TierRequirements(RequirementCatalogue catalogue, Tier tier, boolean hasTierAbove) {
        this.catalogue = catalogue;
        this.tier = tier;
        this.hasTierAbove = hasTierAbove;
    }

    /** The requirements of the tier node {@code t}, whose own keys are already checked. */
    List<Requirement> read(Node t) {
        walk(t, "", catalogue.keysUnder(""));
        Node open = t.get("requirements");
        if (open != null && !open.isNull()) {
            entries(open);
        }
        for (RequirementKind kind : catalogue.kinds()) {
            if (kind.onByDefault(hasTierAbove) && !spoken.contains(kind.rule())) {
                found.add(new Requirement(tier, kind.rule(), fill(kind, new LinkedHashMap<>(), t)));
            }
        }
        return found;
    }

    /** The short keys among {@code mapping}'s fields, at {@code path} ("" for the tier). */
    private void walk(Node mapping, String path, Set<String> keys) {
        for (var field : mapping.fields().entrySet()) {
            if (!keys.contains(field.getKey()) || field.getValue().isNull()) {
                continue;
            }
            String key = field.getKey();
            Node value = field.getValue();
            String at = path.isEmpty() ? key : path + "." + key;
            List<RequirementKind> exact = catalogue.at(at);
            Set<String> children = catalogue.keysUnder(at);
            for (RequirementKind kind : exact) {
                spoken.add(kind.rule());
                if (kind.perEntry()) {
                    for (Node item : ModelLoader.list(mapping, key)) {
                        one(kind, item, key, Set.of());
                    }
                } else {
                    one(kind, value, key, children);
                }
            }
            if (!children.isEmpty()) {
                if (!value.isObject()) {
                    if (exact.isEmpty()) {
                        throw InputException.keyed(value.location(), "model.error.mapping", key);
                    }
                    continue;
                }
                Set<String> allowed = new LinkedHashSet<>(children);
                exact.stream().filter(k -> !k.perEntry())
                        .forEach(k -> k.params().forEach(p -> allowed.addAll(p.names())));
                ModelLoader.strict(value, allowed, key);
                walk(value, at, children);
            }
        }
    }

    /** One requirement of {@code kind} written as {@code node} under the key {@code what}. */
    private void one(RequirementKind kind, Node node, String what, Set<String> children) {
        Map<String, Object> params = new LinkedHashMap<>();
        if (node.isScalar() && ("true".equals(node.text()) || "false".equals(node.text()))
                && (kind.params().isEmpty() || kind.params().get(0).kind() != fi.perhekeskus.pkcheck.model.ParamKind.FLAG)) {
            if ("true".equals(node.text())) {
                found.add(new Requirement(tier, kind.rule(), fill(kind, params, node)));
            }
            return;
        }
        if (node.isObject()) {
            for (var field : node.fields().entrySet()) {
                RequirementParam param = kind.param(field.getKey());
                if (param != null) {
                    put(params, param, field.getValue(), what);
                } else if (!children.contains(field.getKey())) {
                    Set<String> allowed = new LinkedHashSet<>(children);
                    kind.params().forEach(p -> allowed.addAll(p.names()));
                    ModelLoader.strict(node, allowed, what);
                }
            }
            ModelLoader.strict(node, node.fields().keySet(), what);
        } else if (kind.params().isEmpty()) {
            throw InputException.keyed(node.location(), "model.error.bool", what);
        } else {
            put(params, kind.params().get(0), node, what);
        }
        found.add(new Requirement(tier, kind.rule(), fill(kind, params, node)));
    }

    /** The entries of {@code requirements:}: rule id to true, false or a mapping of parameters. */
    private void entries(Node open) {
        if (!open.isObject()) {
            throw InputException.keyed(open.location(), "model.error.requirementsMap");
        }
        ModelLoader.strict(open, open.fields().keySet(), "requirements");
        for (var e : open.fields().entrySet()) {
            String rule = e.getKey();
            Node value = e.getValue();
            ModelLoader.checkRuleId(rule, value.location());
            RequirementKind kind = catalogue.of(rule);
            if (kind == null) {
                List<String> known = catalogue.kinds().stream().map(RequirementKind::rule).sorted().toList();
                String suggestion = Suggest.closest(rule, known);
                throw suggestion == null
                        ? InputException.keyed(value.location(), "model.error.noRequirement", rule, String.join(", ", known))
                        : InputException.keyed(value.location(), "model.error.noRequirementSuggest", rule,
                        String.join(", ", known), suggestion);
            }
            spoken.add(rule);
            found.removeIf(r -> r.rule().equals(rule));
            if (value.isScalar() && "false".equals(value.text())) {
                continue;
            }
            if (!(value.isScalar() && "true".equals(value.text())) && !value.isObject()) {
                throw InputException.keyed(value.location(), "model.error.requirementValue", rule);
            }
            Map<String, Object> params = new LinkedHashMap<>();
            for (var p : value.fields().entrySet()) {
                RequirementParam param = kind.param(p.getKey());
                if (param == null) {
                    List<String> names = kind.params().stream().map(RequirementParam::name).toList();
                    String suggestion = Suggest.closest(p.getKey(), names);
                    throw names.isEmpty() ? InputException.keyed(p.getValue().location(), "model.error.paramNone", p.getKey(), rule)
                            : suggestion == null
                            ? InputException.keyed(p.getValue().location(), "model.error.param", p.getKey(), rule,
                            String.join(", ", names))
                            : InputException.keyed(p.getValue().location(), "model.error.paramSuggest", p.getKey(), rule,
                            String.join(", ", names), suggestion);
                }
                put(params, param, p.getValue(), p.getKey());
            }
            found.add(new Requirement(tier, rule, fill(kind, params, value)));
        }
    }

    /** {@code given} with each parameter left out given its fallback; a required one left out is an error. */
    private Map<String, Object> fill(RequirementKind kind, Map<String, Object> given, Node at) {
        for (RequirementParam param : kind.params()) {
            if (given.containsKey(param.name())) {
                continue;
            }
            if (param.fallback() != null) {
                put(given, param, Node.scalar(Node.Kind.STRING, param.fallback(), at.location()), param.name());
            } else if (param.required()) {
                throw InputException.keyed(at.location(), "model.error.paramMissing", kind.rule(), param.name());
            }
        }
        return given;
    }

    /** The value of {@code param} written as {@code node}, typed as the rule declares it. */
    private void put(Map<String, Object> params, RequirementParam param, Node node, String what) {
        if (node.isNull()) {
            return;
        }
        Object value = switch (param.kind()) {
            case COUNT -> count(node, param.name());
            case FLAG -> flag(node, param.name());
            case TEXT -> ModelLoader.scalarText(node, param.name());
            case TYPE -> required(ModelLoader.enumValue(node, OrganisationType.class, "organisation type"), node);
            case TYPES -> Set.copyOf(ModelLoader.types(node));
            case ROLE -> required(ModelLoader.enumValue(node, Role.class, "role"), node);
            case LOWER_TIER -> lowerTier(node, what);
        };
        params.put(param.name(), value);
    }

    private static Object required(Object value, Node node) {
        if (value == null) {
            throw InputException.keyed(node.location(), "model.error.valueMissing");
        }
        return value;
    }

    private static Integer count(Node node, String name) {
        String text = node.isScalar() ? node.text() : null;
        try {
            int value = Integer.parseInt(text == null ? "" : text);
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw InputException.keyed(node.location(), "model.error.count", name);
        }
    }

    private static Boolean flag(Node node, String name) {
        if (!node.isScalar() || !("true".equals(node.text()) || "false".equals(node.text()))) {
            throw InputException.keyed(node.location(), "model.error.bool", name);
        }
        return Boolean.valueOf(node.text());
    }

    private Tier lowerTier(Node node, String what) {
        Tier from = ModelLoader.enumValue(node, Tier.class, what);
        if (from == null || from.ordinal() <= tier.ordinal()) {
            throw InputException.keyed(node.location(), "model.error.lowerTier", what, tier.name());
        }
        return from;
    }
}
