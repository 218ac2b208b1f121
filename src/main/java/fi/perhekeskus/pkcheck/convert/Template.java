package fi.perhekeskus.pkcheck.convert;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.perhekeskus.pkcheck.load.SheetVocabulary;
import fi.perhekeskus.pkcheck.model.Area;
import fi.perhekeskus.pkcheck.model.GovernanceModel;
import fi.perhekeskus.pkcheck.model.Municipality;

/**
 * The fill-in dataset (täyttöpohja) for a governance model: schemaVersion, the model and its region, the
 * model's areas and municipalities filled in, and every other list empty, waiting for the network's data.
 */
public final class Template {

    private Template() {
    }

    /** The template document of {@code model}. */
    public static ObjectNode document(GovernanceModel model) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode document = json.objectNode();
        document.put("schemaVersion", 1);
        document.put("model", model.id());
        ObjectNode region = document.putObject("region");
        region.put("id", model.id());
        region.put("name", model.name());
        for (String sheet : SheetVocabulary.SHEETS) {
            document.putArray(sheet);
        }
        ArrayNode areas = (ArrayNode) document.get("areas");
        for (Area area : model.areas()) {
            ObjectNode row = areas.addObject().put("id", area.id());
            if (area.name() != null) {
                row.put("name", area.name());
            }
        }
        ArrayNode municipalities = (ArrayNode) document.get("municipalities");
        for (Municipality m : model.municipalities()) {
            ObjectNode row = municipalities.addObject().put("code", m.code());
            if (m.name() != null) {
                row.put("name", m.name());
            }
            if (m.area() != null) {
                row.put("area", m.area());
            }
        }
        return document;
    }
}
