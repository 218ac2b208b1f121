package fi.perhekeskus.pkcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.facts.MunicipalityFact;
import fi.perhekeskus.pkcheck.model.Person;
import fi.perhekeskus.pkcheck.model.Region;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.drools.io.ByteArrayResource;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;

/** The gate lets a fact into a session exactly when some pattern's tests of the fact alone pass. */
class FactGateTest {

    private static final String HEADER = "package test.gate;\n"
            + "import fi.perhekeskus.pkcheck.facts.MunicipalityFact;\n"
            + "import fi.perhekeskus.pkcheck.model.Region;\n"
            + "global java.lang.String wanted;\n";

    /** Named municipalities of the wanted code; every region; four literal codes (which the engine hashes). */
    private static final String RULES = HEADER
            + "rule \"wanted\" when MunicipalityFact( name != null, code == wanted ) then end\n"
            + "rule \"region\" when Region() then end\n"
            + "rule \"a\" when MunicipalityFact( code == \"091\" ) then end\n"
            + "rule \"b\" when MunicipalityFact( code == \"092\" ) then end\n"
            + "rule \"c\" when MunicipalityFact( code == \"049\" ) then end\n"
            + "rule \"d\" when MunicipalityFact( code == \"837\" ) then end\n";

    @Test
    void aFactPassesWhenTheTestsOfOnePatternPass() {
        KieBase kieBase = compile(RULES);
        KieSession session = session(kieBase);
        try {
            FactGate gate = FactGate.of(kieBase, session);
            assertTrue(gate.admits(municipality("853", "Turku")), "the wanted code, named, through a global");
            assertFalse(gate.admits(municipality("853", null)), "the wanted code without a name");
            assertTrue(gate.admits(municipality("049", null)), "a hashed literal");
            assertTrue(gate.admits(municipality("837", null)), "another hashed literal");
            assertFalse(gate.admits(municipality("998", "Nowhere")), "no pattern's tests pass");
            assertTrue(gate.admits(new Region("r", null, null)), "a pattern without tests takes every fact");
            assertFalse(gate.admits(new Person("p", null, null, null, null)), "no pattern names Person");
        } finally {
            session.dispose();
        }
    }

    @Test
    void kindsInAnyOrderGetTheAnswersOfAFreshGate() {
        KieBase kieBase = compile(RULES);
        KieSession session = session(kieBase);
        try {
            List<Object> facts = List.of(municipality("853", "Turku"), new Person("p", null, null, null, null),
                    municipality("998", null), municipality("049", null), new Region("r", null, null),
                    municipality("853", null), new Person("q", null, null, null, null), municipality("091", null));
            FactGate gate = FactGate.of(kieBase, session);
            List<Boolean> answers = new ArrayList<>();
            List<Boolean> fresh = new ArrayList<>();
            for (Object fact : facts) {
                answers.add(gate.admits(fact));
                fresh.add(FactGate.of(kieBase, session).admits(fact));
            }
            assertEquals(List.of(true, false, false, true, true, false, false, true), answers);
            assertEquals(fresh, answers);
        } finally {
            session.dispose();
        }
    }

    @Test
    void aPatternOfASupertypeTakesEveryFact() {
        KieBase kieBase = compile(HEADER + "rule \"all\" when Object() then end\n");
        KieSession session = session(kieBase);
        try {
            assertTrue(FactGate.of(kieBase, session).admits(new Person("p", null, null, null, null)));
        } finally {
            session.dispose();
        }
    }

    @Test
    void theRulesFireAsIfEveryFactWereInserted() {
        KieBase kieBase = compile(RULES);
        List<Object> facts = List.of(municipality("853", "Turku"), municipality("853", null),
                municipality("091", "Helsinki"), municipality("092", null), municipality("998", "Nowhere"),
                new Region("r", null, null), new Person("p", null, null, null, null));
        KieSession all = session(kieBase);
        KieSession gated = session(kieBase);
        try {
            FactGate gate = FactGate.of(kieBase, gated);
            List<Object> admitted = new ArrayList<>();
            for (Object fact : facts) {
                all.insert(fact);
                if (gate.admits(fact)) {
                    gated.insert(fact);
                    admitted.add(fact);
                }
            }
            assertEquals(4, admitted.size());
            assertEquals(all.fireAllRules(), gated.fireAllRules());
        } finally {
            all.dispose();
            gated.dispose();
        }
    }

    private static MunicipalityFact municipality(String code, String name) {
        return new MunicipalityFact(code, name, null, null, null, null);
    }

    private static KieSession session(KieBase kieBase) {
        KieSession session = kieBase.newKieSession();
        session.setGlobal("wanted", "853");
        return session;
    }

    private static KieBase compile(String drl) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        builder.add(new ByteArrayResource(drl.getBytes(StandardCharsets.UTF_8)), ResourceType.DRL);
        if (builder.hasErrors()) {
            throw new IllegalStateException(builder.getErrors().toString());
        }
        return builder.newKieBase();
    }
}
