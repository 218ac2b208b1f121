package fi.perhekeskus.pkcheck.facts;

import fi.perhekeskus.pkcheck.model.Tier;

/**
 * A municipality a group names in its {@code municipalities} list ({@code named}) or covers by its scope
 * ({@code inScope}): one fact per group and code, so that rules find a municipality's groups by an indexed
 * join on {@code tier} and {@code code} instead of testing every group's sets for every municipality.
 */
public record GroupMunicipality(String group, Tier tier, String code, boolean named, boolean inScope) {
}
