package fi.perhekeskus.pkcheck.network;

/** What an edge of the network map stands for. */
public enum LinkKind {
    /** a person's seat in a group (jäsenyys) */
    SEAT,
    /** a personal deputy (varajäsen) of a seat in a group: marked apart, never counted as a seat */
    DEPUTY,
    /** a person represents an organisation on one of their seats */
    REPRESENTS;

    /** The lower-case word exports use as the {@code kind} attribute. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
