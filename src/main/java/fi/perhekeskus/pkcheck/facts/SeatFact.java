package fi.perhekeskus.pkcheck.facts;

import fi.perhekeskus.pkcheck.model.Location;
import fi.perhekeskus.pkcheck.model.OrganisationType;
import fi.perhekeskus.pkcheck.model.Role;
import fi.perhekeskus.pkcheck.model.Tier;
import java.time.LocalDate;

/**
 * One entry of a group's members, resolved: whom it represents (organisation, its type, and the
 * municipality code where that is a MUNICIPALITY organisation) and whether it is a seat on the check date.
 *
 * @param inTerm whether the term contains the check date
 * @param seat   whether it counts as a seat: in term and not SECRETARY
 */
public record SeatFact(String id, String group, Tier tier, String person, String represents,
                       OrganisationType representsType, String representsMunicipality, Role role, String deputy,
                       LocalDate termFrom, LocalDate termUntil, boolean inTerm, boolean seat, Location location) {

    /** Whether this seat belongs to the chair group (chair or vice-chair). */
    public boolean isChairGroup() {
        return seat && role != null && role.inChairGroup();
    }
}
