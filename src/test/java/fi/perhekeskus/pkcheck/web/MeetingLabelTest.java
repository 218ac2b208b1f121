package fi.perhekeskus.pkcheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.perhekeskus.pkcheck.model.Group;
import fi.perhekeskus.pkcheck.model.Meeting;
import fi.perhekeskus.pkcheck.model.Tier;
import fi.perhekeskus.pkcheck.render.Language;
import fi.perhekeskus.pkcheck.render.Messages;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the meeting page offers the data's meetings: the group by name and the date, each left out when missing. */
class MeetingLabelTest {

    private static final Map<String, String> GROUPS = Map.of("ohry", "Ohjausryhmä");
    private static final Messages FI = new Messages(Language.fi);

    private static String label(String group, LocalDate date) {
        return MeetingPages.meetingLabel(new Meeting("k1", group, date, List.of(), null), GROUPS, FI);
    }

    @Test
    void aMeetingIsItsGroupsNameAndDate() {
        assertEquals("Ohjausryhmä, 14.3.2024 (k1)", label("ohry", LocalDate.of(2024, 3, 14)));
        assertEquals("muu, 14.3.2024 (k1)", label("muu", LocalDate.of(2024, 3, 14)));
    }

    @Test
    void whatTheDataLeavesOutIsLeftOutWithoutAStrayComma() {
        assertEquals("14.3.2024 (k1)", label(null, LocalDate.of(2024, 3, 14)));
        assertEquals("Ohjausryhmä (k1)", label("ohry", null));
        assertEquals("k1", label(null, null));
    }

    private static Group group(String id, String name, Tier tier) {
        return new Group(id, name, tier, null, List.of(), false, List.of(), null);
    }

    @Test
    void groupsAreOfferedTopTierFirstThenByNameAsTheLanguageSortsIt() {
        List<Group> groups = List.of(group("l3", "Ähtärin ohjausryhmä", Tier.LOCAL),
                group("l1", "Nokian ohjausryhmä", Tier.LOCAL), group("x", null, null),
                group("l2", "Akaan ohjausryhmä", Tier.LOCAL), group("r1", "Eteläinen", Tier.REGIONAL),
                group("p1", "Pirkanmaan ohjausryhmä", Tier.PROVINCIAL), group("l4", "Zeta", Tier.LOCAL));
        assertEquals(List.of("p1", "r1", "l2", "l1", "l4", "l3", "x"),
                MeetingPages.byTierAndName(groups, Locale.forLanguageTag("fi")).stream().map(Group::id).toList(),
                "Ä after Z in Finnish");
    }
}
