package fi.perhekeskus.pkcheck.model;

/**
 * A model's numeric limits: NET-001's groups per person, TERM-002's notice period, and the quorum
 * fraction of MEET-001 (present seats must be more than this share of the seats).
 */
public record Limits(int maxGroupsPerPerson, int termNoticeDays, double quorum) {

    public static final Limits DEFAULTS = new Limits(4, 60, 0.5);
}
