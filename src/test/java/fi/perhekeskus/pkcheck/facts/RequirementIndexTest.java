package fi.perhekeskus.pkcheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.model.Requirement;
import fi.perhekeskus.pkcheck.model.Tier;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The run's requirements by rule and tier, as the rules read them through the context global. */
class RequirementIndexTest {

    private final Requirement sizeLocal = new Requirement(Tier.LOCAL, "SIZE-001", Map.of("min", 3));
    private final Requirement sizeRegional = new Requirement(Tier.REGIONAL, "SIZE-001", Map.of("max", 9));
    private final Requirement repFirst = new Requirement(Tier.LOCAL, "REP-001", Map.of("min", 1));
    private final Requirement repSecond = new Requirement(Tier.LOCAL, "REP-001", Map.of("min", 2));
    private final CheckContext context = new CheckContext(LocalDate.of(2024, 3, 1), null, "R", "Region", false,
            RequirementIndex.of(List.of(sizeLocal, repFirst, sizeRegional, repSecond)));

    @Test
    void aTierFindsItsOwnRequirementOfARuleAndNoOther() {
        assertTrue(context.requires("SIZE-001", Tier.LOCAL));
        assertSame(sizeLocal, context.requirement("SIZE-001", Tier.LOCAL));
        assertSame(sizeRegional, context.requirement("SIZE-001", Tier.REGIONAL));
        assertFalse(context.requires("SIZE-001", Tier.PROVINCIAL), "a tier that makes no such requirement");
        assertNull(context.requirement("SIZE-001", Tier.PROVINCIAL));
        assertNull(context.requirement("CHAIR-003", Tier.LOCAL), "a rule no tier requires");
        assertFalse(context.requires("SIZE-001", null), "a group without a tier");
    }

    @Test
    void aListedRequirementKeepsEveryEntryInTheModelsOrder() {
        assertEquals(List.of(repFirst, repSecond), context.requirements("REP-001", Tier.LOCAL));
        assertSame(repFirst, context.requirement("REP-001", Tier.LOCAL));
        assertEquals(List.of(), context.requirements("REP-001", Tier.REGIONAL));
        assertEquals(List.of(), context.requirements("ROLE-001", Tier.LOCAL));
    }

    @Test
    void aContextMadeWithoutRequirementsRequiresNothing() {
        CheckContext bare = new CheckContext(LocalDate.of(2024, 3, 1), null, "R", "Region", false);
        assertFalse(bare.requires("SIZE-001", Tier.LOCAL));
        assertEquals(List.of(), bare.requirements("SIZE-001", Tier.LOCAL));
        assertSame(RequirementIndex.empty(), bare.requirementIndex());
    }
}
