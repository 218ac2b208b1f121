package fi.perhekeskus.pkcheck.facts;

import fi.perhekeskus.pkcheck.model.Location;
import fi.perhekeskus.pkcheck.model.Membership;
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
 * <p>It refers to its {@link Membership} for what the data says (group, person, role, deputy, term, location)
 * instead of copying it: a million entries at national scale, each 24 bytes smaller than a copy would be.
 *
 * @param entry          the membership as read
 * @param tier           the group's tier
 * @param holder         the record of {@link #person()}, or null where the data declares no such person
 * @param represents     the organisation it represents: the entry's own, else the holder's
 * @param representsType the type of that organisation, or null where the data has no such organisation
 * @param representsMunicipality the municipality code of that organisation where it is a MUNICIPALITY one
 * @param deputyRecord   the record of {@link #deputy()}, or null where there is none
 * @param inTerm         whether the term contains the check date
 * @param seat           whether it counts as a seat: in term and not SECRETARY
 */
public record Member(Membership entry, Tier tier, Person holder, String represents, OrganisationType representsType,
                     String representsMunicipality, Person deputyRecord, boolean inTerm, boolean seat) {

    /** An entry given field by field (tests, benchmarks): its membership is made of the fields the data gives. */
    public Member(String group, Tier tier, String person, Person holder, String represents,
                  OrganisationType representsType, String representsMunicipality, Role role, String deputy,
                  Person deputyRecord, LocalDate termFrom, LocalDate termUntil, boolean inTerm, boolean seat,
                  Location location) {
        this(new Membership(group, person, represents, role, deputy, termFrom, termUntil, location), tier, holder,
                represents, representsType, representsMunicipality, deputyRecord, inTerm, seat);
    }

    /** The group's id. */
    public String group() {
        return entry.group();
    }

    /** The holder's person id, or null where the data got it wrong. */
    public String person() {
        return entry.person();
    }

    /** The role, or null where the data got it wrong. */
    public Role role() {
        return entry.role();
    }

    /** The personal deputy's person id, or null. */
    public String deputy() {
        return entry.deputy();
    }

    /** The first day of the term, or null where it is open. */
    public LocalDate termFrom() {
        return entry.from();
    }

    /** The last day of the term, or null where it is open. */
    public LocalDate termUntil() {
        return entry.until();
    }

    /** Where the entry is in the data. */
    public Location location() {
        return entry.location();
    }

    /** {@code <group>/<person>}: the subject id of a membership (made when asked: few seats need it). */
    public String id() {
        return entry.id();
    }

    /** Whether this seat belongs to the chair group (chair or vice-chair). */
    public boolean isChairGroup() {
        return seat && role() != null && role().inChairGroup();
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
