package fi.perhekeskus.pkcheck.web;

import fi.perhekeskus.pkcheck.engine.RuleBase;
import fi.perhekeskus.pkcheck.engine.RuleInfo;
import fi.perhekeskus.pkcheck.load.ModelLoader;
import fi.perhekeskus.pkcheck.model.GovernanceModel;
import fi.perhekeskus.pkcheck.render.Language;
import fi.perhekeskus.pkcheck.render.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The built-in rules and models, as {@code /api/rules}, {@code /api/models} and their pages list them. */
final class Catalogue {

    /** One rule: its id, default severity, title in the reader's language, and its explanation where written. */
    record Rule(String id, String severity, String title, String explanation) {
    }

    /** One built-in model. */
    record Model(String id, String name) {
    }

    private final List<GovernanceModel> models;

    Catalogue() {
        ModelLoader loader = fi.perhekeskus.pkcheck.cli.Pipeline.modelLoader();
        this.models = ModelLoader.BUILT_IN.stream().map(loader::builtIn).toList();
    }

    /** Every rule id once, in catalogue order. */
    List<Rule> rules(Language lang) {
        Messages m = new Messages(lang);
        Map<String, Rule> byId = new LinkedHashMap<>();
        for (RuleInfo info : RuleBase.build(List.of()).rules()) {
            byId.computeIfAbsent(info.id(), id -> new Rule(id, info.severity().name(),
                    m.has("title." + id) ? m.title(id) : info.name(),
                    m.has("explain." + id) ? m.get("explain." + id) : null));
        }
        return List.copyOf(byId.values());
    }

    List<Model> models() {
        List<Model> list = new ArrayList<>();
        for (GovernanceModel model : models) {
            list.add(new Model(model.id(), model.name()));
        }
        return list;
    }

    /** The JSON of {@code /api/rules}: {@code [{"id", "severity", "title"}]}. */
    String rulesJson(Language lang) {
        List<Map<String, String>> list = new ArrayList<>();
        for (Rule rule : rules(lang)) {
            Map<String, String> item = new LinkedHashMap<>();
            item.put("id", rule.id());
            item.put("severity", rule.severity());
            item.put("title", rule.title());
            list.add(item);
        }
        return Json.write(list);
    }

    /** The JSON of {@code /api/models}: {@code [{"id", "name"}]}. */
    String modelsJson() {
        List<Map<String, String>> list = new ArrayList<>();
        for (Model model : models()) {
            Map<String, String> item = new LinkedHashMap<>();
            item.put("id", model.id());
            item.put("name", model.name());
            list.add(item);
        }
        return Json.write(list);
    }
}
