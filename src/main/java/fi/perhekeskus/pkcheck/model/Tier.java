package fi.perhekeskus.pkcheck.model;

/** The tiers at which a region leads its family-centre network, top first. */
public enum Tier {
    /** maakunnallinen */
    PROVINCIAL,
    /** alueellinen / seudullinen */
    REGIONAL,
    /** paikallinen */
    LOCAL
}
