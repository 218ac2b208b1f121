package fi.perhekeskus.pkcheck.model;

import java.util.List;

/**
 * One parameter a rule reads from its requirement: {@code min: count = 1} in the rule's {@code @params}.
 *
 * @param names    the parameter's name, then any other name the model may write it by ({@code anyOf|type})
 * @param fallback the value written as text after {@code =}, or null
 * @param optional whether the parameter may be left out with no fallback ({@code min: count?})
 */
public record RequirementParam(List<String> names, ParamKind kind, String fallback, boolean optional) {

    public RequirementParam {
        names = List.copyOf(names);
    }

    public String name() {
        return names.get(0);
    }

    /** Whether a requirement must give this parameter. */
    public boolean required() {
        return fallback == null && !optional;
    }

    /**
     * Reads one declaration, {@code name[|alias]: kind[?| = fallback]}.
     *
     * @throws IllegalArgumentException when it is malformed
     */
    public static RequirementParam parse(String text) {
        String[] nameAndKind = text.split(":", 2);
        if (nameAndKind.length != 2) {
            throw new IllegalArgumentException("a parameter is 'name: kind', not '" + text.strip() + "'");
        }
        List<String> names = List.of(nameAndKind[0].strip().split("\\s*\\|\\s*"));
        String rest = nameAndKind[1].strip();
        String fallback = null;
        int eq = rest.indexOf('=');
        if (eq >= 0) {
            fallback = rest.substring(eq + 1).strip();
            rest = rest.substring(0, eq).strip();
        }
        boolean optional = rest.endsWith("?");
        if (optional) {
            rest = rest.substring(0, rest.length() - 1).strip();
        }
        ParamKind kind = ParamKind.of(rest);
        if (kind == null || names.stream().anyMatch(n -> !n.matches("[A-Za-z][A-Za-z0-9]*"))) {
            throw new IllegalArgumentException("a parameter is 'name: kind' with kind one of count, flag, text, "
                    + "type, types, role, lowerTier, not '" + text.strip() + "'");
        }
        return new RequirementParam(names, kind, fallback, optional);
    }

    @Override
    public String toString() {
        return String.join("|", names) + ": " + kind.word() + (fallback != null ? " = " + fallback : optional ? "?" : "");
    }
}
