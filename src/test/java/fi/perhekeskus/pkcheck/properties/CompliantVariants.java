package fi.perhekeskus.pkcheck.properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.perhekeskus.pkcheck.TestPaths;
import fi.perhekeskus.pkcheck.load.ModelLoader;
import fi.perhekeskus.pkcheck.model.GovernanceModel;
import fi.perhekeskus.pkcheck.model.Tier;
import fi.perhekeskus.pkcheck.model.TierDemands;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Grows a shipped compliant network ({@code compliant/<model>/}) into another compliant one, reading the
 * model's demands: extra seats for new people where the tier's size allows, extra secretaries and deputies,
 * other terms around the check date, extra local groups (each composed to meet the tier's demands and linked
 * to the tier above) and extra meeting places. Every choice is drawn from a seeded random that jqwik
 * supplies, so a failure names the seed that reproduces it.
 */
final class CompliantVariants {

    static final LocalDate DATE = LocalDate.of(2024, 3, 1);

    private final GovernanceModel model;
    private final NetworkTree tree;
    private final Random random;
    private int next;

    private CompliantVariants(String modelId, Random random) {
        this.model = fi.perhekeskus.pkcheck.model.TestModels.loader().builtIn(modelId);
        this.tree = NetworkTree.read(TestPaths.resource("compliant/" + modelId));
        this.random = random;
    }

    /** The shipped compliant network of {@code model}, unchanged. */
    static NetworkTree shipped(String model) {
        return NetworkTree.read(TestPaths.resource("compliant/" + model));
    }

    /** A compliant variant of {@code model}'s network with about {@code extras} additions of each kind. */
    static NetworkTree grow(String model, long seed, int extras) {
        CompliantVariants v = new CompliantVariants(model, new Random(seed));
        for (int i = 0; i < extras; i++) {
            switch (v.random.nextInt(6)) {
                case 0, 1 -> v.extraSeat();
                case 2 -> v.extraSecretaryOrDeputy();
                case 3 -> v.otherTerm();
                case 4 -> v.extraLocalGroup();
                default -> v.extraMeetingPlace();
            }
        }
        return v.tree;
    }

    private String newPerson(String organisation) {
        String id = "x" + (next++);
        tree.list("people").addObject().put("id", id).put("name", "Extra Person " + id)
                .put("title", "asiantuntija").put("organisation", organisation);
        return id;
    }

    /** A seat for a new person of an organisation that is no municipality (so in every group's scope). */
    private void extraSeat() {
        List<JsonNode> groups = new ArrayList<>();
        tree.list("groups").forEach(groups::add);
        JsonNode g = groups.get(random.nextInt(groups.size()));
        TierDemands t = spec(g);
        if (t.sizeMax() != null && seats(g) >= t.sizeMax()) {
            return;
        }
        String org = nonMunicipalOrganisation();
        seat(g).put("person", newPerson(org)).put("represents", org);
    }

    /** A secretary (no seat), or a deputy of the seat's own organisation for a seat that has none. */
    private void extraSecretaryOrDeputy() {
        List<NetworkTree.Seat> seats = tree.seats();
        NetworkTree.Seat s = seats.get(random.nextInt(seats.size()));
        if (random.nextBoolean()) {
            String org = nonMunicipalOrganisation();
            seat(s.group()).put("person", newPerson(org)).put("represents", org).put("role", "SECRETARY");
            return;
        }
        ObjectNode entry = s.entry();
        if (entry.has("deputy") || "SECRETARY".equals(entry.path("role").asText())) {
            return;
        }
        String org = entry.has("represents") ? entry.get("represents").asText()
                : tree.byId("people", s.person()).path("organisation").asText();
        entry.put("deputy", newPerson(org));
    }

    /** Another term for a seat: started on or before the check date, ending after the notice period. */
    private void otherTerm() {
        List<NetworkTree.Seat> seats = tree.seats();
        ObjectNode entry = seats.get(random.nextInt(seats.size())).entry();
        entry.put("from", DATE.minusDays(random.nextInt(3 * 365)).toString());
        if (random.nextBoolean()) {
            entry.put("until", DATE.plusDays(model.limits().termNoticeDays() + 1 + random.nextInt(4 * 365)).toString());
        } else {
            entry.remove("until");
        }
    }

    /**
     * Another group at a tier whose groups name their municipalities (Pirkanmaa's local tier), for one
     * municipality: a chair, a seat of every organisation type the tier requires, and a member of the group
     * above who still has room under the model's limit, so that the new group is linked.
     */
    private void extraLocalGroup() {
        TierDemands t = fi.perhekeskus.pkcheck.model.TierDemands.of(model).stream().filter(s -> s.scope() == fi.perhekeskus.pkcheck.model.Scope.MUNICIPALITIES)
                .findFirst().orElse(null);
        if (t == null || t.maxGroups() != null) {
            return;
        }
        List<JsonNode> municipalities = new ArrayList<>();
        tree.list("organisations").forEach(o -> {
            if ("MUNICIPALITY".equals(o.path("type").asText())) {
                municipalities.add(o);
            }
        });
        JsonNode municipality = municipalities.get(random.nextInt(municipalities.size()));
        String code = municipality.path("municipality").asText();
        String area = areaOf(code);
        String[] linker = linker(t.above(), area);
        if (linker == null) {
            return;
        }
        ObjectNode g = tree.list("groups").addObject();
        g.put("id", "x-local-" + (next++)).put("tier", t.tier().name());
        g.putArray("municipalities").add(code);
        g.putArray("members");
        seat(g).put("person", linker[0]).put("represents", linker[1]);
        for (String type : List.of("WELLBEING_REGION", "NGO", "PARISH")) {
            String org = organisationOf(type);
            seat(g).put("person", newPerson(org)).put("represents", org);
        }
        String own = municipality.path("id").asText();
        ObjectNode chair = seat(g).put("person", newPerson(own)).put("represents", own);
        if (t.chairRequired()) {
            chair.put("role", "CHAIR");
        }
    }

    /** Another meeting place, coordinated by a new employee of its municipality. */
    private void extraMeetingPlace() {
        if (model.meetingPlaces() == null) {
            return;
        }
        List<JsonNode> municipalities = new ArrayList<>();
        tree.list("organisations").forEach(o -> {
            if ("MUNICIPALITY".equals(o.path("type").asText())) {
                municipalities.add(o);
            }
        });
        JsonNode m = municipalities.get(random.nextInt(municipalities.size()));
        tree.list("meetingPlaces").addObject().put("id", "x-place-" + (next++)).put("name", "Perhekahvila")
                .put("municipality", m.path("municipality").asText()).put("coordinator", newPerson(m.path("id").asText()));
    }

    private ObjectNode seat(JsonNode group) {
        return ((com.fasterxml.jackson.databind.node.ArrayNode) group.get("members")).addObject();
    }

    private TierDemands spec(JsonNode group) {
        return fi.perhekeskus.pkcheck.model.TierDemands.of(model, Tier.valueOf(group.path("tier").asText())).orElseThrow();
    }

    private static int seats(JsonNode group) {
        int n = 0;
        for (JsonNode m : group.path("members")) {
            n += "SECRETARY".equals(m.path("role").asText()) ? 0 : 1;
        }
        return n;
    }

    private String nonMunicipalOrganisation() {
        List<String> ids = new ArrayList<>();
        tree.list("organisations").forEach(o -> {
            if (!"MUNICIPALITY".equals(o.path("type").asText())) {
                ids.add(o.path("id").asText());
            }
        });
        return ids.get(random.nextInt(ids.size()));
    }

    private String organisationOf(String type) {
        List<String> ids = new ArrayList<>();
        tree.list("organisations").forEach(o -> {
            if (type.equals(o.path("type").asText())) {
                ids.add(o.path("id").asText());
            }
        });
        return ids.get(random.nextInt(ids.size()));
    }

    private String areaOf(String code) {
        for (JsonNode m : tree.list("municipalities")) {
            if (code.equals(m.path("code").asText())) {
                return m.path("area").asText(null);
            }
        }
        return model.municipalities().stream().filter(m -> m.code().equals(code)).map(m -> m.area()).findFirst()
                .orElse(null);
    }

    /**
     * A seat-holder of a group of {@code tier} in {@code area} (or region-wide) with room for one more group,
     * who represents no municipality there (so the seat is in any group's scope): person and organisation.
     */
    private String[] linker(Tier tier, String area) {
        Map<String, Set<String>> groupsOf = new HashMap<>();
        for (NetworkTree.Seat s : tree.seats()) {
            groupsOf.computeIfAbsent(s.person(), p -> new HashSet<>()).add(s.groupId());
        }
        List<String[]> candidates = new ArrayList<>();
        for (NetworkTree.Seat s : tree.seats()) {
            JsonNode g = s.group();
            String org = s.entry().has("represents") ? s.entry().get("represents").asText()
                    : tree.byId("people", s.person()).path("organisation").asText();
            if ("MUNICIPALITY".equals(tree.byId("organisations", org).path("type").asText())) {
                continue;
            }
            boolean inScope = !g.has("area") || g.get("area").asText().equals(area);
            if (g.path("tier").asText().equals(tier.name()) && inScope
                    && !"SECRETARY".equals(s.entry().path("role").asText()) && isCurrent(s.entry())
                    && groupsOf.get(s.person()).size() < model.limits().maxGroupsPerPerson()) {
                candidates.add(new String[] {s.person(), org});
            }
        }
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    private static boolean isCurrent(JsonNode entry) {
        return (!entry.has("from") || !LocalDate.parse(entry.get("from").asText()).isAfter(DATE))
                && (!entry.has("until") || LocalDate.parse(entry.get("until").asText()).isAfter(DATE.plusDays(60)));
    }
}
