package fi.perhekeskus.pkcheck.model;

/** The kinds of value a requirement's parameter takes, as a rule declares them in {@code @params}. */
public enum ParamKind {
    /** a whole number, 0 or more ({@link Requirement#count}) */
    COUNT("count"),
    /** true or false ({@link Requirement#flag}) */
    FLAG("flag"),
    /** any text ({@link Requirement#text}) */
    TEXT("text"),
    /** one organisation type ({@link Requirement#type}) */
    TYPE("type"),
    /** one organisation type or a list of alternatives ({@link Requirement#types}) */
    TYPES("types"),
    /** a seat's role ({@link Requirement#role}) */
    ROLE("role"),
    /** a tier below the requirement's own tier ({@link Requirement#lowerTier}) */
    LOWER_TIER("lowerTier");

    private final String word;

    ParamKind(String word) {
        this.word = word;
    }

    /** The word a rule's metadata writes for this kind. */
    public String word() {
        return word;
    }

    /** The kind {@code word} names, or null. */
    public static ParamKind of(String word) {
        for (ParamKind kind : values()) {
            if (kind.word.equals(word)) {
                return kind;
            }
        }
        return null;
    }
}
