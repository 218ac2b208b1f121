package fi.perhekeskus.pkcheck.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * The language review of Finnish and Swedish text a reader sees (golden reports, web pages, --help): what gives a
 * translation away, each with the reason a reviewer would write.
 */
public final class LanguageReview {

    /** What gives a translation away, each with the reason a reviewer would write. */
    public static final Map<String, Pattern> GIVEAWAYS = giveaways();

    private LanguageReview() {
    }

    private static Map<String, Pattern> giveaways() {
        Map<String, Pattern> map = new LinkedHashMap<>();
        map.put("an unfilled placeholder or pattern syntax", Pattern.compile("[{}]"));
        map.put("a placeholder plural", Pattern.compile("\\((s|ä|a|t|er|en|ta|tä)\\)"));
        map.put("an ISO date", Pattern.compile("(?<!@)\\b\\d{4}-\\d{2}-\\d{2}\\b"));
        map.put("a decimal point", Pattern.compile("(?<![\\d.])\\d+\\.\\d+(?![\\d.])"));
        map.put("an English word", Pattern.compile(
                "\\b(the|is|of|and|seat|seats|invite|error|errors|warning|infos?)\\b"));
        // "Tieto kulkee..." (information flows) is Finnish; "Tieto" alone, as a severity label, is not.
        map.put("the severity 'tieto'", Pattern.compile("\\bTIETO\\b|\\bTieto\\b(?!\\s+\\p{L})"));
        return Map.copyOf(map);
    }

    /** Every giveaway in {@code text}, as "name:line: reason "match" in: line". */
    public static List<String> problems(String name, String text) {
        List<String> problems = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            for (var giveaway : GIVEAWAYS.entrySet()) {
                Matcher m = giveaway.getValue().matcher(lines[i]);
                if (m.find()) {
                    problems.add(name + ":" + (i + 1) + ": " + giveaway.getKey() + " \"" + m.group() + "\" in: "
                            + lines[i].strip());
                }
            }
        }
        return problems;
    }

    /** What a reader sees of an HTML page: its text without styles, scripts and markup, one element a line. */
    public static String visibleText(String html) {
        var page = Jsoup.parse(html);
        page.select("script, style").remove();
        StringBuilder out = new StringBuilder();
        page.body().select("*").forEach(e -> {
            if (!e.ownText().isBlank()) {
                out.append(e.ownText()).append('\n');
            }
        });
        return out.toString();
    }
}
