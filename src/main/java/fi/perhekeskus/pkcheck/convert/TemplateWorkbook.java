package fi.perhekeskus.pkcheck.convert;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.perhekeskus.pkcheck.model.OrganisationType;
import fi.perhekeskus.pkcheck.model.Role;
import fi.perhekeskus.pkcheck.model.Tier;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
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
 * as Excel requires for lists on another sheet), and an instructions sheet in Finnish and English.
 */
public final class TemplateWorkbook {

    /** How many rows the drop-downs cover: plenty for one region. */
    static final int ROWS = 2000;

    private static final List<String> INSTRUCTIONS = List.of(
            "pkcheck – täyttöohje / how to fill in",
            "",
            "FI: Täytä välilehdet organisations (organisaatiot), people (henkilöt), groups (ryhmät) ja members "
                    + "(jäsenet: yksi rivi per paikka). Alueet ja kunnat on täytetty mallin mukaan.",
            "FI: Ensimmäinen rivi on otsikkorivi: älä muuta sitä. Tunnukset (id) ovat lyhyitä ja yksilöllisiä; muut "
                    + "välilehdet viittaavat niihin. Päivämäärät muodossa VVVV-KK-PP, kuntakoodit kolmella numerolla.",
            "FI: Älä yhdistä soluja äläkä käytä kaavoja. Tarkista: pkcheck check tiedosto.xlsx",
            "",
            "EN: Fill in the sheets organisations, people, groups and members (one row per seat). Areas and "
                    + "municipalities are filled in from the model.",
            "EN: The first row is the header row: do not change it. Ids are short and unique; the other sheets "
                    + "refer to them. Dates as YYYY-MM-DD, municipality codes as three digits.",
            "EN: Do not merge cells or use formulas. Check with: pkcheck check file.xlsx",
            "",
            "tier / taso: " + names(Tier.values()),
            "type / tyyppi: " + names(OrganisationType.values()),
            "role / rooli: " + names(Role.values()));

    private final WorkbookWriter writer = new WorkbookWriter();

    /** Writes the template of {@code document} to {@code out}. */
    public void write(ObjectNode document, Path out) throws IOException {
        try (XSSFWorkbook workbook = writer.workbook(document)) {
            Sheet help = workbook.createSheet("instructions");
            for (int r = 0; r < INSTRUCTIONS.size(); r++) {
                help.createRow(r).createCell(0).setCellValue(INSTRUCTIONS.get(r));
            }
            help.setColumnWidth(0, 120 * 256);
            workbook.setSheetOrder("instructions", 0);
            workbook.setActiveSheet(0);
            workbook.setSelectedTab(0);
            name(workbook, "area_ids", "areas");
            name(workbook, "organisation_ids", "organisations");
            name(workbook, "person_ids", "people");
            name(workbook, "group_ids", "groups");
            choice(workbook, "groups", "tier", names(Tier.values()));
            choice(workbook, "organisations", "type", names(OrganisationType.values()));
            choice(workbook, "members", "role", names(Role.values()));
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

    private static String names(Enum<?>[] values) {
        return String.join(",", Arrays.stream(values).map(Enum::name).toList());
    }

    /** A named range over the first column (the ids) of a sheet, below its header. */
    private static void name(XSSFWorkbook workbook, String name, String sheet) {
        Name range = workbook.createName();
        range.setNameName(name);
        range.setRefersToFormula(sheet + "!$A$2:$A$" + (ROWS + 1));
    }

    private static void choice(XSSFWorkbook workbook, String sheet, String column, String values) {
        Sheet s = workbook.getSheet(sheet);
        DataValidationHelper helper = s.getDataValidationHelper();
        validate(s, column, helper.createExplicitListConstraint(values.split(",")));
    }

    private static void reference(XSSFWorkbook workbook, String sheet, String column, String range) {
        Sheet s = workbook.getSheet(sheet);
        validate(s, column, s.getDataValidationHelper().createFormulaListConstraint(range));
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
