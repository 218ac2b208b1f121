package fi.perhekeskus.pkcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules compiled at build time load as the same rules, and only when they match the sources. */
class RulePackagerTest {

    @Test
    void theBuildShipsCompiledRulesThatMatchTheDrl() {
        RuleBase packaged = RuleBase.packaged().orElseThrow(
                () -> new AssertionError("target/classes lacks the compiled rules: process-classes did not run"));
        RuleBase compiled = RuleBase.compile(RuleBase.builtInSources());
        assertEquals(compiled.rules(), packaged.rules());
    }

    @Test
    void packagesRoundTripAndAreRefusedForOtherSources() throws Exception {
        Map<String, byte[]> sources = RuleBase.builtInSources();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RulePackager.write(out, RulePackager.fingerprint(sources), RuleBase.builder(sources).getKnowledgePackages());
        byte[] bytes = out.toByteArray();
        assertTrue(RulePackager.read(new ByteArrayInputStream(bytes), RulePackager.fingerprint(sources)).isPresent());
        Map<String, byte[]> edited = new LinkedHashMap<>(sources);
        edited.put("rules/size.drl", "// edited\n".getBytes());
        assertNotEquals(RulePackager.fingerprint(sources), RulePackager.fingerprint(edited));
        assertTrue(RulePackager.read(new ByteArrayInputStream(bytes), RulePackager.fingerprint(edited)).isEmpty());
    }

    @Test
    void aCorruptFileIsAnErrorTheRuleBaseFallsBackFrom() {
        assertThrows(IOException.class, () -> RulePackager.read(new ByteArrayInputStream(new byte[] {1, 2, 3}), "x"));
    }
}
