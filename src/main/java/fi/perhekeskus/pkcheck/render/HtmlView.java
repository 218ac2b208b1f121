package fi.perhekeskus.pkcheck.render;

import java.util.List;

/**
 * The view model of the HTML report: plain text values that the template escapes, grouped the way the
 * page reads. Only {@link Page#css}, {@link Page#script} and {@link Page#csp} are inserted unescaped, and
 * they come from the jar, never from the data.
 */
final class HtmlView {

    private HtmlView() {
    }

    /** The whole page. Optional parts are null (or empty lists) and then left out. */
    record Page(String lang, String title, String heading, String regionName, String csp, String css,
                String script, Labels labels, List<Fact> facts, List<Tile> tiles, String clean, Notice dataNotice,
                List<Link> toc, Filters filters, Matrix matrix, Section suggestions, FindingSection region,
                List<TierSection> tiers, FindingSection people, FindingSection data, Section fixed,
                String footer) {
    }

    /** Words the template repeats inside cards and findings. */
    record Labels(String summary, String toc, String findings, String cardClean, String top) {
    }

    /** A label and its value, as in a definition list. */
    record Fact(String label, String value) {
    }

    /** A summary count: a number and its word, in the severity's colour. */
    record Tile(String cls, long number, String text) {
    }

    /** A link; {@code note} is a short status beside it, or null. */
    record Link(String href, String label, String note) {
    }

    /** A notice with a link to the section it is about. */
    record Notice(String text, String href) {
    }

    /** The filter bar, hidden until the script shows it (without JS everything is shown). */
    record Filters(String title, String severityLegend, List<Option> severities, String familyLegend,
                   List<Option> families, String waived, String onlyGaps, String status) {
    }

    /** One checkbox of the filter bar. */
    record Option(String value, String label) {
    }

    /** A status: the CSS class (red, amber, green, grey), a symbol beside the text, and the text. */
    record Status(String cls, String symbol, String text) {
    }

    /** The readiness matrix: areas by tiers. */
    record Matrix(String title, String intro, String caption, String corner, List<String> columns, List<Row> rows,
                  List<Aside> outside, String legendTitle, List<Status> legend) {

        boolean hasOutside() {
            return !outside.isEmpty();
        }
    }

    /** Findings that no cell of the matrix holds, counted under it with a link to their section. */
    record Aside(Status status, String text, String href) {
    }

    /** A row of the matrix: an area, or the whole region. */
    record Row(String header, String sub, List<Cell> cells) {
    }

    /** A cell of the matrix: its status, how many groups it has, and links to what needs attention. */
    record Cell(Status status, String detail, String href, List<Link> links) {

        boolean hasLinks() {
            return !links.isEmpty();
        }
    }

    /** A section listing findings; {@code empty} is said when there are none, or the section is left out. */
    record FindingSection(String id, String title, List<FindingItem> findings, String empty) {

        boolean hasFindings() {
            return !findings.isEmpty();
        }
    }

    /** A plain section of lines (suggestions, fixed findings). */
    record Section(String id, String title, List<Fact> items) {
    }

    /** A finding as the page shows it; the data attributes drive the filters. */
    record FindingItem(String id, String severity, String family, boolean waived, Status status, String rule,
                       String ruleTitle, String subject, String message, String location, String waiver,
                       String fresh) {
    }

    /** The groups of one tier, by area. */
    record TierSection(String id, String title, List<Block> blocks) {
    }

    /** The groups of one tier in one area (or the whole region); a tier shown flat has one untitled block. */
    record Block(String id, String title, List<Card> cards) {
    }

    /**
     * A group's card: who leads it, who is represented, and what is missing.
     *
     * @param level the level of its heading: 3 in a flat tier, 4 under an area's heading
     * @param area  the area's name in a flat tier, where no heading names it; else null
     */
    record Card(String id, int level, String area, String title, String groupId, Status status, List<Fact> facts,
                String badgesLabel,
                List<String> badges, List<FindingItem> findings) {

        boolean hasFindings() {
            return !findings.isEmpty();
        }
    }
}
