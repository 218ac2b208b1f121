package fi.perhekeskus.pkcheck.model;

/** A meeting place (kohtaamispaikka) in a municipality, with its coordinator. */
public record MeetingPlace(String id, String name, String municipality, String coordinator, Location location) {
}
