package fi.perhekeskus.pkcheck.facts;

import fi.perhekeskus.pkcheck.model.Person;

/**
 * The record of a meeting place's coordinator, resolved by {@link FactBuilder} where the data declares
 * that person (ROLE-004): the rule joins the few meeting places instead of every {@link Person}.
 *
 * @param place the meeting place's id
 */
public record MeetingPlaceCoordinator(String place, Person coordinator) {
}
