package fi.perhekeskus.pkcheck.facts;

import fi.perhekeskus.pkcheck.model.Person;
import java.util.Set;

/**
 * The record of a meeting place's coordinator, resolved by {@link FactBuilder} where the data declares
 * that person (ROLE-004): the rule joins the few meeting places instead of every {@link Person}, and asks
 * {@link #holdsSeatFor} instead of keeping a memory of every seat that represents a municipality.
 *
 * @param place          the meeting place's id
 * @param seatMunicipalities the municipalities the coordinator represents in a seat ({@link Member#seat()}) of
 *                       any group
 */
public record MeetingPlaceCoordinator(String place, Person coordinator, Set<String> seatMunicipalities) {

    public MeetingPlaceCoordinator {
        seatMunicipalities = Set.copyOf(seatMunicipalities);
    }

    /** Whether the coordinator holds a seat that represents the municipality {@code code}. */
    public boolean holdsSeatFor(String code) {
        return code != null && seatMunicipalities.contains(code);
    }
}
