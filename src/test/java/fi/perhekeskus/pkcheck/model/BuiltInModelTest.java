package fi.perhekeskus.pkcheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.TestPaths;
import fi.perhekeskus.pkcheck.load.ModelLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The built-in models demand what governance-models.md says, over the public reference data. */
class BuiltInModelTest {

    private final ModelLoader loader = fi.perhekeskus.pkcheck.model.TestModels.loader();

    /** code → name of the reference municipalities of one wellbeing region. */
    private static Map<String, String[]> reference(String regionCode) throws IOException {
        Map<String, String[]> result = new TreeMap<>();
        for (String line : Files.readAllLines(TestPaths.resource("reference/municipalities.csv")).subList(1, 48)) {
            String[] cells = line.split(",", -1);
            if (cells[2].equals(regionCode)) {
                result.put(cells[0], cells);
            }
        }
        return result;
    }

    private static Map<String, String> codes(GovernanceModel model) {
        return model.municipalities().stream().collect(Collectors.toMap(Municipality::code, Municipality::name,
                (a, b) -> a, TreeMap::new));
    }

    @Test
    void municipalitiesAreTheReferenceLists() throws IOException {
        for (var entry : Map.of("pirkanmaa", "08", "kanta-hame", "07", "pohjois-karjala", "14").entrySet()) {
            Map<String, String> expected = new TreeMap<>();
            reference(entry.getValue()).forEach((code, cells) -> expected.put(code, cells[1]));
            assertEquals(expected, codes(loader.builtIn(entry.getKey())), entry.getKey());
        }
        assertEquals(23, loader.builtIn("pirkanmaa").municipalities().size());
    }

    @Test
    void kantaHameSubRegionsFollowTheReference() throws IOException {
        Map<String, String> seutu = Map.of("Forssan seutu", "forssa", "Hämeenlinnan seutu", "hameenlinna",
                "Riihimäen seutu", "riihimaki");
        GovernanceModel model = loader.builtIn("kanta-hame");
        Map<String, String[]> reference = reference("07");
        for (Municipality m : model.municipalities()) {
            assertEquals(seutu.get(reference.get(m.code())[4]), m.area(), m.label());
        }
    }

    @Test
    void pohjoisKarjalaPinsOnlyIlomantsi() {
        GovernanceModel model = loader.builtIn("pohjois-karjala");
        for (Municipality m : model.municipalities()) {
            if (m.code().equals("146")) {
                assertEquals("keskinen", m.area());
            } else {
                assertNull(m.area(), m.label());
            }
        }
        assertEquals(List.of("pohjoinen", "keskinen", "lansi", "etela"), model.areas().stream().map(Area::id).toList());
        assertEquals(1, model.meetingPlaces().perMunicipality());
        assertEquals(List.of(Tier.PROVINCIAL, Tier.REGIONAL), fi.perhekeskus.pkcheck.model.TierDemands.of(model).stream().map(TierDemands::tier).toList());
    }

    @Test
    void pirkanmaaDemandsPerTier() {
        GovernanceModel model = loader.builtIn("pirkanmaa");
        TierDemands p = fi.perhekeskus.pkcheck.model.TierDemands.of(model, Tier.PROVINCIAL).orElseThrow();
        TierDemands r = fi.perhekeskus.pkcheck.model.TierDemands.of(model, Tier.REGIONAL).orElseThrow();
        TierDemands l = fi.perhekeskus.pkcheck.model.TierDemands.of(model, Tier.LOCAL).orElseThrow();
        assertEquals(Scope.REGION, p.scope());
        assertEquals(1, p.minGroups());
        assertEquals(1, p.maxGroups());
        assertNull(p.chairRepresents());
        assertEquals(List.of(Set.of(OrganisationType.WELLBEING_REGION), Set.of(OrganisationType.MUNICIPALITY),
                Set.of(OrganisationType.NGO), Set.of(OrganisationType.PARISH, OrganisationType.DIOCESE),
                Set.of(OrganisationType.KELA)), p.chairGroupCovers().stream().map(TierDemands.TypeDemand::anyOf).toList());
        assertEquals(types(OrganisationType.WELLBEING_REGION, OrganisationType.NGO, OrganisationType.DIOCESE,
                OrganisationType.KELA), represented(p));
        assertTrue(p.allMunicipalities());
        assertEquals(OrganisationType.WELLBEING_REGION, r.chairRepresents());
        assertEquals("varhaisen tuen palvelupäällikkö", r.chairTitle());
        assertEquals(types(OrganisationType.WELLBEING_REGION, OrganisationType.NGO, OrganisationType.PARISH,
                OrganisationType.KELA), represented(r));
        assertTrue(r.allMunicipalities());
        assertEquals(Scope.MUNICIPALITIES, l.scope());
        assertTrue(l.coverEveryMunicipality());
        assertEquals(2, l.maxMunicipalities());
        assertTrue(l.sameArea());
        assertTrue(l.chairRequired());
        assertFalse(l.allMunicipalities());
        assertEquals(Severity.WARNING, model.severityOf("REP-001", Tier.LOCAL, Severity.ERROR).orElseThrow());
        assertEquals(Severity.ERROR, model.severityOf("REP-001", Tier.REGIONAL, Severity.ERROR).orElseThrow());
        assertTrue(model.everyMunicipalityInArea());
    }

    @Test
    void kantaHameDemandsPerTier() {
        GovernanceModel model = loader.builtIn("kanta-hame");
        TierDemands p = fi.perhekeskus.pkcheck.model.TierDemands.of(model, Tier.PROVINCIAL).orElseThrow();
        TierDemands r = fi.perhekeskus.pkcheck.model.TierDemands.of(model, Tier.REGIONAL).orElseThrow();
        TierDemands l = fi.perhekeskus.pkcheck.model.TierDemands.of(model, Tier.LOCAL).orElseThrow();
        assertEquals(OrganisationType.WELLBEING_REGION, p.chairRepresents());
        assertNull(p.chairTitle());
        assertEquals(10, p.sizeMin());
        assertEquals(15, p.sizeMax());
        assertEquals(List.of(new TierDemands.CoordinatorDemand(Tier.PROVINCIAL, Tier.REGIONAL)), p.coordinators());
        assertFalse(p.allMunicipalities());
        assertEquals(10, r.sizeMin());
        assertTrue(r.allMunicipalities());
        assertNull(r.chairRepresents());
        assertEquals(List.of(new TierDemands.RoleDemand(Tier.REGIONAL, Role.COORDINATOR, 1)), r.roles());
        assertEquals(Scope.AREA, l.scope());
        assertFalse(l.chairRequired());
        assertEquals(List.of(new TierDemands.RoleDemand(Tier.LOCAL, Role.DIRECTOR, 1)), l.roles());
        assertTrue(l.represented().isEmpty());
        assertEquals(1, l.minGroups());
    }

    @Test
    void pohjoisKarjalaDemandsPerTier() {
        GovernanceModel model = loader.builtIn("pohjois-karjala");
        TierDemands p = fi.perhekeskus.pkcheck.model.TierDemands.of(model, Tier.PROVINCIAL).orElseThrow();
        TierDemands r = fi.perhekeskus.pkcheck.model.TierDemands.of(model, Tier.REGIONAL).orElseThrow();
        assertEquals(OrganisationType.WELLBEING_REGION, p.chairRepresents());
        assertFalse(p.allMunicipalities());
        assertTrue(r.allMunicipalities());
        assertEquals(List.of(new TierDemands.RoleDemand(Tier.REGIONAL, Role.COORDINATOR, 1)), r.roles());
        assertEquals(types(OrganisationType.WELLBEING_REGION, OrganisationType.MUNICIPALITY, OrganisationType.NGO,
                OrganisationType.PARISH), represented(p));
    }

    @Test
    void defaultsForEveryModel() {
        for (String id : ModelLoader.BUILT_IN) {
            GovernanceModel model = loader.builtIn(id);
            assertEquals(Limits.DEFAULTS, model.limits(), id);
            assertTrue(model.off().isEmpty(), id);
        }
    }

    private static Set<Set<OrganisationType>> types(OrganisationType... types) {
        return java.util.Arrays.stream(types).map(Set::of).collect(Collectors.toSet());
    }

    private static Set<Set<OrganisationType>> represented(TierDemands tier) {
        return tier.represented().stream().map(TierDemands.TypeDemand::anyOf).collect(Collectors.toSet());
    }
}
