package fi.perhekeskus.pkcheck.facts;

import fi.perhekeskus.pkcheck.model.Location;
import fi.perhekeskus.pkcheck.model.OrganisationType;
import fi.perhekeskus.pkcheck.model.Person;
import fi.perhekeskus.pkcheck.model.Role;
import fi.perhekeskus.pkcheck.model.Tier;
import java.time.LocalDate;

/**
 * One entry of a group's members, resolved: whom it represents (organisation, its type, and the
 * municipality code where that is a MUNICIPALITY organisation), the records of its holder and deputy, and
 * whether it is a seat on the check date. Rules read the linked records through it instead of joining
 * every seat with every {@link Person}.
 *
 * @param holder       the record of {@code person}, or null where the data declares no such person
 * @param deputyRecord the record of {@code deputy}, or null where there is none
 * @param inTerm       whether the term contains the check date
 * @param seat         whether it counts as a seat: in term and not SECRETARY
 */
public record Member(String group, Tier tier, String person, Person holder, String represents,
                       OrganisationType representsType, String representsMunicipality, Role role, String deputy,
                       Person deputyRecord, LocalDate termFrom, LocalDate termUntil, boolean inTerm, boolean seat,
                       Location location) {

    /** {@code <group>/<person>}: the subject id of a membership (made when asked: few seats need it). */
    public String id() {
        return group + "/" + person;
    }

    /** Whether this seat belongs to the chair group (chair or vice-chair). */
    public boolean isChairGroup() {
        return seat && role != null && role.inChairGroup();
    }

    /** Whether the holder's title contains {@code expected}, ignoring case (CHAIR-004). */
    public boolean holderTitleContains(String expected) {
        return holder != null && holder.titleContains(expected);
    }

    /** The organisation the deputy's record names, or null (TERM-003). */
    public String deputyOrganisation() {
        return deputyRecord == null ? null : deputyRecord.organisation();
    }
}
