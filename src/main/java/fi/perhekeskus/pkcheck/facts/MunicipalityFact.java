package fi.perhekeskus.pkcheck.facts;

import fi.perhekeskus.pkcheck.model.Location;

/**
 * A municipality of the region: the area the data puts it in, the area the model pins it to, and the
 * effective area the rules use (the data's, else the model's).
 *
 * @param location the data record that declares it, or null where only the model lists it
 */
public record MunicipalityFact(String code, String name, String area, String dataArea, String modelArea,
                               Location location) {

    /** "Nokia (536)". */
    public String label() {
        return name == null || name.isBlank() ? code : name + " (" + code + ")";
    }
}
