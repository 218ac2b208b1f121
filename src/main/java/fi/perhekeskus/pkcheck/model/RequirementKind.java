package fi.perhekeskus.pkcheck.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What a rule declares about the requirement it reads: its parameters ({@code @params("min: count")}),
 * and optionally the model key that writes it in short ({@code @model("groups.min")}) and where it is on when a
 * tier says nothing of it ({@code @modelDefault("true")} or {@code @modelDefault("belowTop")}).
 *
 * @param rule      the rule id
 * @param key       the short model key: a tier key, {@code a.b} for key b of mapping a, with {@code []} where
 *                  the key holds a list whose each entry is one requirement; null where there is none
 * @param params    the parameters, in order (a key written with a single value or a list gives the first)
 * @param byDefault where a tier has the requirement unless the model switches it off
 */
public record RequirementKind(String rule, String key, List<RequirementParam> params, ModelDefault byDefault) {

    public RequirementKind {
        params = List.copyOf(params);
        java.util.Objects.requireNonNull(byDefault, "byDefault");
    }

    /**
     * Reads a rule's metadata.
     *
     * @param params the {@code @params} text: parameter declarations separated by commas, or empty
     * @throws IllegalArgumentException when it is malformed
     */
    public static RequirementKind parse(String rule, String key, String params, ModelDefault byDefault) {
        List<RequirementParam> parsed = new ArrayList<>();
        if (params != null && !params.isBlank()) {
            for (String one : params.split(",")) {
                parsed.add(RequirementParam.parse(one));
            }
        }
        if (key != null && !key.matches("[A-Za-z][A-Za-z0-9]*(\\.[A-Za-z][A-Za-z0-9]*)*(\\[\\])?")) {
            throw new IllegalArgumentException("@model must be a key such as size, groups.min or roles[], not '"
                    + key + "'");
        }
        return new RequirementKind(rule, key, parsed, byDefault);
    }

    /** Whether a tier that says nothing of the rule has its requirement, given whether a tier lies above it. */
    public boolean onByDefault(boolean hasTierAbove) {
        return byDefault.appliesTo(hasTierAbove);
    }

    /** Whether each entry of the key's list is one requirement. */
    public boolean perEntry() {
        return key != null && key.endsWith("[]");
    }

    /** The key's path without {@code []}, or null. */
    public String path() {
        return key == null ? null : perEntry() ? key.substring(0, key.length() - 2) : key;
    }

    /** The parameter named {@code name} (or by one of its other names), or null. */
    public RequirementParam param(String name) {
        return params.stream().filter(p -> p.names().contains(name)).findFirst().orElse(null);
    }
}
