package fi.perhekeskus.pkcheck.model;

import fi.perhekeskus.pkcheck.engine.RuleBase;
import fi.perhekeskus.pkcheck.load.ModelLoader;
import java.util.List;

/** Models for tests, loaded against the built-in rules' requirements. */
public final class TestModels {

    private TestModels() {
    }

    /** A model loader that knows the built-in rules' requirements. */
    public static ModelLoader loader() {
        return new ModelLoader(RuleBase.build(List.of()).requirements());
    }

    /** The built-in model {@code id}. */
    public static GovernanceModel builtIn(String id) {
        return loader().builtIn(id);
    }
}
