package fi.perhekeskus.pkcheck.model;

/**
 * A municipality (kunta) by its Statistics Finland code; {@code area} may be null where nobody has placed it.
 */
public record Municipality(String code, String name, String area, Location location) {

    /** "Nokia (536)": how reports name a municipality. */
    public String label() {
        return name == null || name.isBlank() ? code : name + " (" + code + ")";
    }
}
