package fi.perhekeskus.pkcheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A requirement's typed parameters, and how a rule's parameter declarations read. */
class RequirementTest {

    @Test
    void typedAccessorsReadTheParameters() {
        Requirement r = new Requirement(Tier.LOCAL, "X-001", Map.of("min", 2, "on", true, "title", "johtaja",
                "represents", OrganisationType.NGO, "anyOf", Set.of(OrganisationType.PARISH), "role", Role.DIRECTOR,
                "from", Tier.LOCAL));
        assertEquals(2, r.count("min"));
        assertNull(r.count("max"));
        assertTrue(r.flag("on"));
        assertFalse(r.flag("off"));
        assertEquals("johtaja", r.text("title"));
        assertEquals(OrganisationType.NGO, r.type("represents"));
        assertTrue(r.accepts("anyOf", OrganisationType.PARISH));
        assertFalse(r.accepts("anyOf", OrganisationType.NGO));
        assertFalse(r.accepts("anyOf", null));
        assertEquals(Set.of(), r.types("none"));
        assertEquals(Role.DIRECTOR, r.role("role"));
        assertEquals(Tier.LOCAL, r.lowerTier("from"));
        assertTrue(r.has("min"));
        assertEquals(7, r.param("x", 7));
    }

    @Test
    void aRangeBoundsOnlyWhereItIsGiven() {
        Requirement both = new Requirement(Tier.LOCAL, "SIZE-001", Map.of("min", 3, "max", 5));
        assertTrue(both.outside(2, "min", "max"));
        assertFalse(both.outside(3, "min", "max"));
        assertFalse(both.outside(5, "min", "max"));
        assertTrue(both.outside(6, "min", "max"));
        Requirement none = new Requirement(Tier.LOCAL, "SIZE-001", Map.of());
        assertFalse(none.outside(0, "min", "max"));
        assertFalse(none.outside(1000, "min", "max"));
    }

    @Test
    void parameterDeclarationsRead() {
        RequirementParam p = RequirementParam.parse(" anyOf | type : types ");
        assertEquals(List.of("anyOf", "type"), p.names());
        assertEquals(ParamKind.TYPES, p.kind());
        assertTrue(p.required());
        assertEquals("anyOf|type: types", p.toString());
        RequirementParam fallback = RequirementParam.parse("min: count = 1");
        assertEquals("1", fallback.fallback());
        assertFalse(fallback.required());
        assertEquals("min: count = 1", fallback.toString());
        RequirementParam optional = RequirementParam.parse("max: count?");
        assertTrue(optional.optional());
        assertFalse(optional.required());
        assertEquals("max: count?", optional.toString());
        for (String bad : List.of("min", "min: number", "1min: count", ": count")) {
            assertThrows(IllegalArgumentException.class, () -> RequirementParam.parse(bad), bad);
        }
        assertEquals(ParamKind.LOWER_TIER, ParamKind.of("lowerTier"));
        assertNull(ParamKind.of("tier"));
    }

    @Test
    void aKindsKeyTellsItsPathAndWhetherEachEntryIsOne() {
        RequirementKind roles = RequirementKind.parse("ROLE-001", "roles[]", "role: role, min: count = 1", ModelDefault.NONE);
        assertTrue(roles.perEntry());
        assertEquals("roles", roles.path());
        assertEquals(2, roles.params().size());
        RequirementKind open = RequirementKind.parse("CHAIR-006", null, "", ModelDefault.NONE);
        assertFalse(open.perEntry());
        assertNull(open.path());
        assertTrue(open.params().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> RequirementKind.parse("X-001", "a b", "", ModelDefault.NONE));
        RequirementCatalogue c = new RequirementCatalogue(List.of(roles, open,
                RequirementKind.parse("STRUCT-001", "groups.min", "min: count", ModelDefault.NONE)));
        assertEquals(Set.of("roles", "groups"), c.keysUnder(""));
        assertEquals(Set.of("min"), c.keysUnder("groups"));
        assertEquals(List.of(roles), c.at("roles"));
        assertEquals(List.of(), c.at("groups"));
        assertEquals(3, c.kinds().size());
    }

    @Test
    void aModelDefaultSaysAtWhichTiersARuleIsOnUnasked() {
        assertEquals(ModelDefault.NONE, ModelDefault.parse("false"));
        assertEquals(ModelDefault.EVERY_TIER, ModelDefault.parse("true"));
        assertEquals(ModelDefault.BELOW_TOP, ModelDefault.parse("belowTop"));
        assertEquals("belowTop", ModelDefault.BELOW_TOP.text());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelDefault.parse("top"));
        assertEquals("@modelDefault must be true, false or belowTop, not 'top'", e.getMessage());
        assertFalse(ModelDefault.NONE.appliesTo(true));
        assertFalse(ModelDefault.NONE.appliesTo(false));
        assertTrue(ModelDefault.EVERY_TIER.appliesTo(true));
        assertTrue(ModelDefault.EVERY_TIER.appliesTo(false));
        assertTrue(ModelDefault.BELOW_TOP.appliesTo(true));
        assertFalse(ModelDefault.BELOW_TOP.appliesTo(false), "the top tier has no tier above it");
        RequirementKind link = RequirementKind.parse("NET-002", "linkToAbove", "", ModelDefault.BELOW_TOP);
        assertTrue(link.onByDefault(true));
        assertFalse(link.onByDefault(false));
        assertThrows(NullPointerException.class, () -> RequirementKind.parse("X-001", null, "", null));
    }
}
