package fi.perhekeskus.pkcheck.model;

/** What the groups of one tier cover, as a governance model defines it. */
public enum Scope {
    /** the whole region: a group names neither area nor municipalities */
    REGION,
    /** one area: a group names its {@code area} */
    AREA,
    /** one or more municipalities: a group names its {@code municipalities} */
    MUNICIPALITIES
}
