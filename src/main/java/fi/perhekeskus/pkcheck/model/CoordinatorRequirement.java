package fi.perhekeskus.pkcheck.model;

/**
 * A model requirement fact: every COORDINATOR of a group of {@code from} must hold a seat in a group of
 * {@code tier} (ROLE-002; Kanta-Häme's sub-regional coordinators sit in the leadership group).
 */
public record CoordinatorRequirement(Tier tier, Tier from) {
}
