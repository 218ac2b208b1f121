package fi.perhekeskus.pkcheck.convert;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.perhekeskus.pkcheck.load.SheetVocabulary;
import fi.perhekeskus.pkcheck.load.ValueWords;
import fi.perhekeskus.pkcheck.model.OrganisationType;
import fi.perhekeskus.pkcheck.model.Role;
import fi.perhekeskus.pkcheck.model.Tier;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The template as an Excel workbook: the sheets of {@link WorkbookWriter}, drop-down lists for tiers,
 * organisation types and roles, drop-downs of the ids on other sheets for references (through named ranges,
 * as Excel requires for lists on another sheet), and an instructions sheet in Finnish, Swedish and English that
 * says what the model filled in and what it leaves to the data (the municipalities' areas, where the model does
 * not fix them). The drop-downs of roles, types and tiers show the words of the template's language.
 */
public final class TemplateWorkbook {

    /** How many rows the drop-downs cover: plenty for one region. */
    static final int ROWS = 2000;

    private final WorkbookWriter writer;
    private final ValueWords.Lang lang;

    /** A template whose drop-down lists show the Finnish words. */
    public TemplateWorkbook() {
        this(ValueWords.Lang.fi);
    }

    /** A template whose drop-down lists show the words of {@code lang}. */
    public TemplateWorkbook(ValueWords.Lang lang) {
        this.lang = lang;
        this.writer = new WorkbookWriter(lang);
    }

    /**
     * The instructions sheet's lines, in Finnish, Swedish and English, saying what the model filled in: the
     * areas, and each municipality's area where the model fixes it ({@link Template#document}). Sheets and
     * columns are named as the template heads them ({@code h}: "Jäsenet" and "Rooli" in a Finnish one).
     */
    static List<String> instructions(ObjectNode document, List<String> roles, List<String> types,
                                     List<String> tiers, UnaryOperator<String> h) {
        List<String> areaList = new ArrayList<>();
        document.path("areas").forEach(a -> areaList.add(a.path("id").asText()));
        boolean areasFixed = true;
        for (var m : document.path("municipalities")) {
            areasFixed &= m.hasNonNull("area");
        }
        String areaIds = String.join(", ", areaList);
        boolean noAreas = areaList.isEmpty();
        List<String> lines = new ArrayList<>();
        lines.add("pkcheck – täyttöohje / ifyllnadsanvisning / how to fill in");
        lines.add("");
        String organisations = h.apply("organisations");
        String people = h.apply("people");
        String groups = h.apply("groups");
        String members = h.apply("members");
        String municipalities = h.apply("municipalities");
        String id = h.apply("id");
        String name = h.apply("name");
        String area = h.apply("area");
        String required = organisations + ": " + id + ", " + h.apply("type") + ", " + name;
        String requiredPeople = people + ": " + id + ", " + name + ", " + h.apply("organisation");
        String requiredGroups = groups + ": " + id + ", " + name + ", " + h.apply("tier");
        String requiredMembers = members + ": " + h.apply("group") + ", " + h.apply("person") + ", "
                + h.apply("role");
        lines.add("FI: Täytä välilehdet " + organisations + ", " + people + ", " + groups + " ja " + members
                + " (" + members + ": yksi rivi kutakin paikkaa kohden).");
        lines.add(noAreas ? "FI: Kunnat on täytetty mallin mukaan."
                : areasFixed ? "FI: Alueet ja kuntien alueet on täytetty mallin mukaan."
                : "FI: Alueet ja kunnat on täytetty mallin mukaan, mutta malli ei kerro, mihin alueeseen kukin kunta "
                        + "kuuluu: täytä " + municipalities + "-välilehden " + area + "-sarake (alueet: " + areaIds
                        + ").");
        lines.add("FI: Pakolliset sarakkeet: " + required + " (ja " + h.apply("municipality")
                + ", kun tyyppi on kunta); " + requiredPeople + "; " + requiredGroups + " sekä alueellisella "
                + "ryhmällä " + area + " ja paikallisella " + municipalities + " (tai " + area + ", jos malli jakaa "
                + "paikallisen tason alueittain); " + requiredMembers + ". Muut sarakkeet saa jättää tyhjiksi.");
        lines.add("FI: Tyhjää pohjaa tarkistettaessa jokaisesta puuttuvasta ryhmästä tulee virhe, samoin jokaisesta "
                + "kunnasta, jolta puuttuu alue tai paikallinen ryhmä: ne häviävät, kun tiedot on täytetty.");
        lines.add("FI: Ensimmäinen rivi on otsikkorivi: älä muuta sitä. Omia sarakkeita (esim. huomautukset) ja "
                + "välilehtiä (esim. muistiinpanot) saa lisätä: niitä ei lueta. Tunnukset (" + id + ") ovat lyhyitä ja yksilöllisiä; muut välilehdet "
                + "viittaavat niihin. Päivämäärät muodossa 1.3.2024 tai päivämääräsoluina, kuntakoodit kolmella "
                + "numerolla.");
        lines.add("FI: Älä yhdistä soluja äläkä käytä kaavoja. Tarkista: pkcheck check tiedosto.xlsx");
        lines.add("");
        lines.add("SV: Fyll i flikarna " + organisations + ", " + people + ", " + groups + " och " + members
                + " (" + members + ": en rad för varje plats).");
        lines.add(noAreas ? "SV: Kommunerna är ifyllda enligt modellen."
                : areasFixed ? "SV: Områdena och kommunernas områden är ifyllda enligt modellen."
                : "SV: Områdena och kommunerna är ifyllda enligt modellen, men modellen anger inte vilket område "
                        + "varje kommun hör till: fyll i kolumnen " + area + " på fliken " + municipalities
                        + " (områden: " + areaIds + ").");
        lines.add("SV: Obligatoriska kolumner: " + required + " (och " + h.apply("municipality")
                + " när typen är kommun); " + requiredPeople + "; " + requiredGroups + " samt " + area
                + " för en regional grupp och " + municipalities + " för en lokal grupp (eller " + area
                + ", om modellen delar in den lokala nivån i områden); " + requiredMembers
                + ". Övriga kolumner får lämnas tomma.");
        lines.add("SV: Kontrolleras mallen tom ger varje grupp som saknas ett fel, och likaså varje kommun som saknar "
                + "område eller lokal grupp: felen försvinner när uppgifterna är ifyllda.");
        lines.add("SV: Första raden är rubrikraden: ändra den inte. Egna kolumner (t.ex. anmärkningar) och flikar "
                + "(t.ex. anteckningar) får läggas till: de läses inte. Datum som 1.3.2024 eller som datumceller, kommunkoder med tre siffror.");
        lines.add("SV: Sammanfoga inte celler och använd inte formler. Kontrollera: pkcheck check fil.xlsx");
        lines.add("");
        lines.add("EN: Fill in the sheets " + organisations + ", " + people + ", " + groups + " and " + members
                + " (" + members + ": one row per seat).");
        lines.add(noAreas ? "EN: The municipalities are filled in from the model."
                : areasFixed ? "EN: The areas and each municipality's area are filled in from the model."
                : "EN: The areas and municipalities are filled in from the model, but the model does not say "
                        + "which area each municipality belongs to: fill in the " + area + " column of the "
                        + municipalities + " sheet (areas: " + areaIds + ").");
        lines.add("EN: Required columns: " + required + " (and " + h.apply("municipality")
                + " for a municipality); " + requiredPeople + "; " + requiredGroups + ", plus " + area
                + " for a regional group and " + municipalities + " for a local one (or " + area
                + ", where the model's local tier is per area); " + requiredMembers
                + ". The other columns may be left empty.");
        lines.add("EN: Checked while still empty, the template gives an error for every missing group and for every "
                + "municipality without an area or a local group: they go away as the data is filled in.");
        lines.add("EN: The first row is the header row: do not change it. Columns and sheets of your own (e.g. notes) "
                + "may be added: they are not read. Dates as 1.3.2024, 2024-03-01 or date cells; municipality codes as "
                + "three digits.");
        lines.add("EN: Do not merge cells or use formulas. Check with: pkcheck check file.xlsx");
        lines.add("");
        lines.add("tier / taso / nivå: " + String.join(", ", tiers));
        lines.add("type / tyyppi / typ: " + String.join(", ", types));
        lines.add("role / rooli / roll: " + String.join(", ", roles));
        return lines;
    }


    /** Writes the template of {@code document} to {@code out}. */
    public void write(ObjectNode document, Path out) throws IOException {
        try (XSSFWorkbook workbook = writer.workbook(document)) {
            Sheet help = workbook.createSheet(writer.heading(SheetVocabulary.INSTRUCTIONS));
            List<String> instructions = instructions(document, words(Role.values()),
                    words(OrganisationType.values()), words(Tier.values()), writer::heading);
            for (int r = 0; r < instructions.size(); r++) {
                help.createRow(r).createCell(0).setCellValue(instructions.get(r));
            }
            help.setColumnWidth(0, 120 * 256);
            workbook.setSheetOrder(help.getSheetName(), 0);
            workbook.setActiveSheet(0);
            workbook.setSelectedTab(0);
            name(workbook, "area_ids", "areas");
            name(workbook, "organisation_ids", "organisations");
            name(workbook, "person_ids", "people");
            name(workbook, "group_ids", "groups");
            choice(workbook, "groups", "tier", words(Tier.values()));
            choice(workbook, "organisations", "type", words(OrganisationType.values()));
            choice(workbook, "members", "role", words(Role.values()));
            reference(workbook, "members", "group", "group_ids");
            reference(workbook, "members", "person", "person_ids");
            reference(workbook, "members", "deputy", "person_ids");
            reference(workbook, "members", "represents", "organisation_ids");
            reference(workbook, "people", "organisation", "organisation_ids");
            reference(workbook, "groups", "area", "area_ids");
            reference(workbook, "municipalities", "area", "area_ids");
            reference(workbook, "meetingPlaces", "coordinator", "person_ids");
            reference(workbook, "meetings", "group", "group_ids");
            WorkbookWriter.save(workbook, out);
        }
    }

    /** The words the template's language shows for {@code values}, in their order. */
    private List<String> words(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> ValueWords.display(v, lang)).toList();
    }

    /**
     * A named range over the first column (the ids) of a sheet, below its header; the sheet's name quoted, as a
     * name such as Henkilöt must be in a formula.
     */
    private void name(XSSFWorkbook workbook, String name, String sheet) {
        Name range = workbook.createName();
        range.setNameName(name);
        range.setRefersToFormula("'" + writer.heading(sheet) + "'!$A$2:$A$" + (ROWS + 1));
    }

    private void choice(XSSFWorkbook workbook, String sheet, String column, List<String> values) {
        Sheet s = workbook.getSheet(writer.heading(sheet));
        DataValidationHelper helper = s.getDataValidationHelper();
        validate(s, writer.heading(column), helper.createExplicitListConstraint(values.toArray(String[]::new)));
    }

    private void reference(XSSFWorkbook workbook, String sheet, String column, String range) {
        Sheet s = workbook.getSheet(writer.heading(sheet));
        validate(s, writer.heading(column), s.getDataValidationHelper().createFormulaListConstraint(range));
    }

    private static void validate(Sheet sheet, String column, DataValidationConstraint constraint) {
        Row header = sheet.getRow(0);
        for (int c = 0; c < header.getLastCellNum(); c++) {
            if (column.equals(header.getCell(c).getStringCellValue())) {
                DataValidation validation = sheet.getDataValidationHelper().createValidation(constraint,
                        new CellRangeAddressList(1, ROWS, c, c));
                validation.setShowErrorBox(true);
                validation.setEmptyCellAllowed(true);
                sheet.addValidationData(validation);
                return;
            }
        }
    }
}
