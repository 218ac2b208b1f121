package fi.perhekeskus.pkcheck.model;

import java.util.Map;
import java.util.Set;

/**
 * One demand of a tier, read by the rule it names: {@code Requirement( rule == "SIZE-001", $t : tier )}. The model
 * writes it as an entry of the tier's {@code requirements:} or by a short key the rule declares
 * ({@code size: { min: 5 }}); either way the loader checks its parameters against the rule's
 * {@code @params} and gives them typed. A new parameterised rule is one DRL rule that matches its
 * requirement, the models that want it, its messages and its cases: no Java.
 *
 * @param tier   the tier that makes the demand
 * @param rule   the rule id the demand is for
 * @param params the parameters by name, typed as the rule declares them: {@link Integer} (count),
 *               {@link Boolean} (flag), {@link String} (text), {@link OrganisationType} (type), a set of them
 *               (types), {@link Role} (role), {@link Tier} (lowerTier); a parameter left out is absent
 */
public record Requirement(Tier tier, String rule, Map<String, Object> params) {

    public Requirement {
        params = Map.copyOf(params);
    }

    /** A parameter, or {@code fallback} where the requirement does not give it. */
    public Object param(String name, Object fallback) {
        return params.getOrDefault(name, fallback);
    }

    /** Whether the requirement gives {@code name}. */
    public boolean has(String name) {
        return params.containsKey(name);
    }

    /** A count parameter, or null where it is left out. */
    public Integer count(String name) {
        return (Integer) params.get(name);
    }

    /** A flag parameter; false where it is left out. */
    public boolean flag(String name) {
        return Boolean.TRUE.equals(params.get(name));
    }

    /** A text parameter, or null. */
    public String text(String name) {
        return (String) params.get(name);
    }

    /** A type parameter, or null. */
    public OrganisationType type(String name) {
        return (OrganisationType) params.get(name);
    }

    /** A types parameter: the alternative organisation types, empty where it is left out. */
    @SuppressWarnings("unchecked")
    public Set<OrganisationType> types(String name) {
        return (Set<OrganisationType>) params.getOrDefault(name, Set.of());
    }

    /** Whether {@code type} is one of the types parameter {@code name}. */
    public boolean accepts(String name, OrganisationType type) {
        return type != null && types(name).contains(type);
    }

    /** A role parameter, or null. */
    public Role role(String name) {
        return (Role) params.get(name);
    }

    /** A lowerTier parameter, or null. */
    public Tier lowerTier(String name) {
        return (Tier) params.get(name);
    }

    /**
     * Whether {@code value} lies outside the range the count parameters {@code min} and {@code max} give; a bound
     * left out does not bound.
     */
    public boolean outside(long value, String min, String max) {
        Integer low = count(min);
        Integer high = count(max);
        return low != null && value < low || high != null && value > high;
    }
}
