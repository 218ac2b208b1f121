package fi.perhekeskus.pkcheck.model;

/** A family-centre area (perhekeskusalue, seutu): the scope of a regional group. */
public record Area(String id, String name, Location location) {
}
