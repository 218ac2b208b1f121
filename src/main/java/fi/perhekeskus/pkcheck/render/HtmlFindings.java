package fi.perhekeskus.pkcheck.render;

import fi.perhekeskus.pkcheck.report.Finding;
import fi.perhekeskus.pkcheck.report.PersonRef;
import fi.perhekeskus.pkcheck.report.Report;
import fi.perhekeskus.pkcheck.report.Subject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns findings into the items the page lists. Each finding has one anchor ({@code f<n>}, by its place in
 * the sorted report) so that the matrix can link to it; the anchors are the same in every run.
 */
final class HtmlFindings {

    private final Report report;
    private final HtmlWords words;
    private final Map<Finding, Integer> index = new HashMap<>();

    HtmlFindings(Report report, HtmlWords words) {
        this.report = report;
        this.words = words;
        List<Finding> all = report.findings();
        for (int i = 0; i < all.size(); i++) {
            index.putIfAbsent(all.get(i), i + 1);
        }
    }

    /** The anchor of a finding's item. */
    String anchor(Finding f) {
        return "f" + index.get(f);
    }

    /** The items of {@code findings}; in a card, the card's own group is not named again as the subject. */
    List<HtmlView.FindingItem> items(List<Finding> findings, String cardGroup) {
        return findings.stream().map(f -> item(f, cardGroup)).toList();
    }

    private HtmlView.FindingItem item(Finding f, String cardGroup) {
        Messages m = words.messages();
        String waiver = report.waiver(f).map(w -> words.get("html.finding.waived", words.date(w.until()), w.reason()))
                .orElse(null);
        String fresh = report.baseline() != null && report.isNew(f) ? words.get("html.finding.new") : null;
        String location = null;
        if (f.location() != null) {
            location = f.location().sheet() != null ? m.where(f.location())
                    : f.location().line() > 0
                    ? words.get("html.finding.location", f.location().file(), f.location().line())
                    : f.location().file();
        }
        return new HtmlView.FindingItem(anchor(f), f.severity().name(), f.family(), waiver != null,
                words.severity(f.severity()), f.rule(), m.title(f.rule()), subject(f.subject(), cardGroup),
                m.message(f), location, waiver, fresh);
    }

    /** "membership p032", "municipality 177"; null for the card's own group. */
    private String subject(Subject subject, String cardGroup) {
        Messages m = words.messages();
        String type = subject.type();
        if ("group".equals(type) && subject.id().equals(cardGroup)) {
            return null;
        }
        String id = subject.id();
        if ("membership".equals(type) && id.indexOf('/') >= 0) {
            // The person part of a membership id follows the reader's naming choice, like every other person.
            String person = m.text(new PersonRef(id.substring(id.lastIndexOf('/') + 1)));
            String group = id.substring(0, id.lastIndexOf('/'));
            id = group.equals(cardGroup) ? person : group + " / " + person;
        } else if ("person".equals(type)) {
            id = m.text(new PersonRef(id));
        }
        String kind = m.has("subject." + type) ? m.get("subject." + type) : type;
        return words.capitalised(kind) + " " + id;
    }
}
