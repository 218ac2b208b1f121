package fi.perhekeskus.pkcheck.model;

/** The role of a seat in a group. */
public enum Role {
    /** puheenjohtaja */
    CHAIR,
    /** varapuheenjohtaja */
    VICE_CHAIR,
    MEMBER,
    /** koordinaattori */
    COORDINATOR,
    /** perhekeskuksen johtaja */
    DIRECTOR,
    /** sihteeri: counts for no rule but the TERM and DATA rules */
    SECRETARY;

    /** Whether this role belongs to the chair group (puheenjohtajisto). */
    public boolean inChairGroup() {
        return this == CHAIR || this == VICE_CHAIR;
    }
}
