package fi.perhekeskus.pkcheck.report;

/**
 * An organisation named in a message: by its name where the data gives one ("Forssan kaupunki"), otherwise by its
 * id. An organisation's name is no one's personal data, so every report shows it; the id stays in the finding's
 * details where a rule needs it found again, and orders findings ({@link #toString}), as before names were shown.
 */
public record OrganisationRef(String id, String name) {

    /** What a message shows: the name, or the id where the data gives no name. */
    public String label() {
        return name == null || name.isBlank() ? id : name;
    }

    @Override
    public String toString() {
        return id;
    }
}
