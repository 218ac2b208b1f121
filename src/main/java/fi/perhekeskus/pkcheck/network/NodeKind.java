package fi.perhekeskus.pkcheck.network;

/** What a node of the network map stands for. */
public enum NodeKind {
    PERSON, ORGANISATION, GROUP;

    /** The lower-case word exports use as the {@code kind} attribute. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
