package fi.perhekeskus.pkcheck.model;

/**
 * A model's demand on meeting places (kohtaamispaikka): at least {@code perMunicipality} in every
 * municipality (ROLE-003), each with a coordinator from that municipality (ROLE-004).
 */
public record MeetingPlaceSpec(int perMunicipality) {
}
