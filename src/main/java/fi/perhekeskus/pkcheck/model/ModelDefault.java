package fi.perhekeskus.pkcheck.model;

/**
 * Where a rule that reads a requirement is on when a tier of the model says nothing of it, as the rule declares
 * with {@code @modelDefault}: nowhere ({@code "false"}, the default), at every tier ({@code "true"}), or at every
 * tier that has a tier directly above it in the model ({@code "belowTop"}: a rule about the tier above, such as
 * NET-002, has nothing to demand of the top tier). A tier that names the rule, on or off, decides for itself.
 */
public enum ModelDefault {
    /** Off unless the tier asks for it: {@code @modelDefault("false")} or none. */
    NONE("false"),
    /** On at every tier that does not switch it off: {@code @modelDefault("true")}. */
    EVERY_TIER("true"),
    /** On at every tier with a tier directly above it that does not switch it off: {@code @modelDefault("belowTop")}. */
    BELOW_TOP("belowTop");

    private final String text;

    ModelDefault(String text) {
        this.text = text;
    }

    /** How a rule writes it in {@code @modelDefault(...)}. */
    public String text() {
        return text;
    }

    /**
     * The value written {@code text}.
     *
     * @throws IllegalArgumentException when it is none of {@code true}, {@code false} and {@code belowTop}
     */
    public static ModelDefault parse(String text) {
        for (ModelDefault d : values()) {
            if (d.text.equals(text)) {
                return d;
            }
        }
        throw new IllegalArgumentException("@modelDefault must be true, false or belowTop, not '" + text + "'");
    }

    /** Whether a tier that says nothing of the rule has it, given whether a tier lies directly above it. */
    public boolean appliesTo(boolean hasTierAbove) {
        return this == EVERY_TIER || this == BELOW_TOP && hasTierAbove;
    }
}
