package fi.perhekeskus.pkcheck.cli;

import fi.perhekeskus.pkcheck.facts.Facts;
import fi.perhekeskus.pkcheck.facts.GroupFact;
import fi.perhekeskus.pkcheck.facts.Member;
import fi.perhekeskus.pkcheck.model.Group;
import fi.perhekeskus.pkcheck.model.Role;
import fi.perhekeskus.pkcheck.report.PersonRef;
import fi.perhekeskus.pkcheck.report.Report;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The report's table of groups by id ({@link Report#groups()}): each group with its area and its composition on
 * the check date, as the text, Markdown and HTML reports show it.
 */
final class GroupTable {

    private GroupTable() {
    }

    /**
     * Every group of {@code facts}, described. One pass over the facts, and one over each group's own seats: at
     * national scale there are millions of facts and tens of thousands of groups.
     */
    static Map<String, Report.GroupInfo> of(Facts facts) {
        Map<String, List<Member>> seatsByGroup = new HashMap<>();
        Map<String, String> areaOf = new HashMap<>();
        for (Object fact : facts.all()) {
            if (fact instanceof Member s) {
                if (s.seat() && s.group() != null) {
                    seatsByGroup.computeIfAbsent(s.group(), k -> new ArrayList<>()).add(s);
                }
            } else if (fact instanceof GroupFact g) {
                areaOf.put(g.id(), g.area() != null ? g.area()
                        : g.areas().size() == 1 ? g.areas().iterator().next() : null);
            }
        }
        Map<String, Report.GroupInfo> groups = new HashMap<>();
        for (Group g : facts.groups().values()) {
            groups.put(g.id(), groupInfo(g, areaOf.get(g.id()), seatsByGroup.getOrDefault(g.id(), List.of())));
        }
        return groups;
    }

    /** A group as reports describe it: chairs and vice-chairs by id, what its seats represent, how many. */
    private static Report.GroupInfo groupInfo(Group g, String area, List<Member> seats) {
        List<String> chairs = new ArrayList<>();
        List<String> viceChairs = new ArrayList<>();
        Set<String> types = new TreeSet<>();
        Set<String> municipalities = new TreeSet<>();
        for (Member s : seats) {
            if (s.person() != null && s.role() == Role.CHAIR) {
                chairs.add(s.person());
            } else if (s.person() != null && s.role() == Role.VICE_CHAIR) {
                viceChairs.add(s.person());
            }
            if (s.representsType() != null) {
                types.add(s.representsType().name());
            }
            if (s.representsMunicipality() != null) {
                municipalities.add(s.representsMunicipality());
            }
        }
        return new Report.GroupInfo(g.id(), g.name(), g.tier() == null ? null : g.tier().name(), area,
                g.municipalities(), people(chairs), people(viceChairs), List.copyOf(types),
                List.copyOf(municipalities), seats.size());
    }

    private static List<PersonRef> people(List<String> ids) {
        ids.sort(null);
        List<PersonRef> result = new ArrayList<>(ids.size());
        ids.forEach(id -> result.add(new PersonRef(id)));
        return result;
    }
}
