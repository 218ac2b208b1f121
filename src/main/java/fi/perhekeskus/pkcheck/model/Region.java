package fi.perhekeskus.pkcheck.model;

/** The wellbeing region whose network a dataset describes. */
public record Region(String id, String name, Location location) {
}
