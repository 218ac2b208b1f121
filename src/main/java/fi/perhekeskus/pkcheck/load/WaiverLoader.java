package fi.perhekeskus.pkcheck.load;

import fi.perhekeskus.pkcheck.report.Waiver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a waiver file (cli-and-report.md). Every waiver needs a rule, a subject, a reason and an expiry;
 * a waiver file is the user's configuration, so anything wrong with it is an {@link InputException}.
 */
public final class WaiverLoader {

    private static final Set<String> TOP = Set.of("waivers");
    private static final Set<String> WAIVER = Set.of("rule", "subject", "reason", "until");
    private static final Set<String> SUBJECT = Set.of("type", "id");

    private final TreeReader reader = new TreeReader();

    public List<Waiver> load(Path file) {
        String name = DatasetLoader.display(file);
        if (!Files.isRegularFile(file)) {
            throw InputException.keyed(name, "error.noWaiverFile");
        }
        Node root = reader.read(file, name);
        ModelLoader.strict(root, TOP, "a waiver file");
        Node list = root.get("waivers");
        if (list == null || !list.isArray()) {
            throw InputException.keyed(root.location(), "error.waiverList");
        }
        List<Waiver> waivers = new ArrayList<>();
        for (Node w : list.items()) {
            ModelLoader.strict(w, WAIVER, "a waiver");
            String rule = text(w, "rule");
            if (!rule.matches("[A-Z]+-[0-9]{3}")) {
                throw InputException.keyed(w.get("rule").location(), "error.waiverRule", rule);
            }
            Node subject = w.get("subject");
            if (subject == null) {
                throw InputException.keyed(w.location(), "error.waiverSubject", "subject: { type: ..., id: ... }");
            }
            ModelLoader.strict(subject, SUBJECT, "a waiver's subject");
            String reason = text(w, "reason");
            if (reason.isBlank()) {
                throw InputException.keyed(w.get("reason").location(), "error.waiverReason");
            }
            LocalDate until;
            try {
                until = LocalDate.parse(text(w, "until"));
            } catch (DateTimeParseException e) {
                throw InputException.keyed(w.get("until").location(), "error.waiverUntil");
            }
            waivers.add(new Waiver(rule, text(subject, "type"), text(subject, "id"), reason.strip(), until,
                    w.location()));
        }
        return waivers;
    }

    private static String text(Node node, String key) {
        return ModelLoader.text(node, key, true);
    }
}
