package fi.perhekeskus.pkcheck.network;

import fi.perhekeskus.pkcheck.model.Role;

/**
 * One seat on the check date as the map shows it: the person's shown key, the group, the organisation
 * represented (may be null) and the role; {@code deputy} marks a personal deputy's place.
 */
public record Seat(String person, String group, String organisation, Role role, boolean deputy)
        implements Comparable<Seat> {

    @Override
    public int compareTo(Seat other) {
        int c = group.compareTo(other.group);
        if (c == 0) {
            c = person.compareTo(other.person);
        }
        return c != 0 ? c : Boolean.compare(deputy, other.deputy);
    }
}
