package fi.perhekeskus.pkcheck.report;

/**
 * A person named in a message. Reports show the id unless the user asks for names, and a stable
 * pseudonym when asked to pseudonymise; the finding itself never holds the name.
 */
public record PersonRef(String id) {

    @Override
    public String toString() {
        return id;
    }
}
