package fi.perhekeskus.pkcheck.model;

/** A model requirement fact: groups of {@code tier} need at least {@code min} seats with {@code role} (ROLE-001). */
public record RoleRequirement(Tier tier, Role role, int min) {
}
