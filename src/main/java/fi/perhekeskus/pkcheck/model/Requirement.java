package fi.perhekeskus.pkcheck.model;

import java.util.Map;

/**
 * One demand of a tier, written in the model as an entry of the tier's {@code requirements:} and read by the rule
 * it names: {@code Requirement( rule == "CHAIR-006", $t : tier )}. A new parameterised rule is one DRL rule that
 * matches its requirement, one entry in the models that want it, its messages and its cases: no Java.
 *
 * @param tier   the tier that makes the demand
 * @param rule   the rule id (or family) the demand is for
 * @param params the entry's parameters as the YAML gave them (text, numbers, booleans, lists); empty for "on"
 */
public record Requirement(Tier tier, String rule, Map<String, Object> params) {

    public Requirement {
        params = Map.copyOf(params);
    }

    /** A parameter, or {@code fallback} where the entry does not give it. */
    public Object param(String name, Object fallback) {
        return params.getOrDefault(name, fallback);
    }
}
