package fi.perhekeskus.pkcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.perhekeskus.pkcheck.model.DataProblem;
import fi.perhekeskus.pkcheck.model.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Rows of a spreadsheet, as any reader hands them over, turned into the tree a YAML file gives: the key/value
 * dataset sheet, data sheets with their header, ids and codes.
 */
class SheetTreeTest {

    private static final String FILE = "book.xlsx";

    private final SheetTree tree = new SheetTree(FILE, new Location(FILE, 0, 0));

    private static List<SheetTree.Cell> row(String sheet, int row, String... texts) {
        List<SheetTree.Cell> cells = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] != null) {
                cells.add(new SheetTree.Cell(texts[i], Node.Kind.STRING, Location.cell(FILE, sheet, row, i + 1)));
            }
        }
        return cells;
    }

    private void rows(String sheet, String[]... rows) {
        SheetTree.Sheet s = tree.sheet(sheet, Location.cell(FILE, sheet, 1, 0));
        for (int r = 0; r < rows.length; r++) {
            s.row(Location.cell(FILE, sheet, r + 1, 0), row(sheet, r + 1, rows[r]));
        }
    }

    @Test
    void theDatasetSheetGivesTheTopLevelKeysAndTheRegion() {
        rows("aineisto", new String[] {"avain", "arvo"}, new String[] {"schemaVersion", "1"},
                new String[] {"malli"}, new String[] {"model", "kolmitasoinen"},
                new String[] {"hyvinvointialue", "R1"}, new String[] {"regionName", "Pirkanmaa"},
                new String[] {null, "orphan value"}, new String[] {"notes", null, "in column C"});
        Node root = tree.root();

        assertEquals("1", root.get("schemaVersion").text());
        assertEquals("kolmitasoinen", root.get("model").text(), "a key without a value sets nothing");
        assertEquals("R1", root.get("region").get("id").text());
        assertEquals("Pirkanmaa", root.get("region").get("name").text());
        assertEquals(Location.cell(FILE, "aineisto", 6, 2), root.get("region").get("name").location());
        assertNull(root.get("avain"), "the header row is no key");
        assertNull(root.get("notes"), "a value must stand beside its key");
        assertEquals(Set.of("schemaVersion", "model", "region"), root.fields().keySet());
    }

    @Test
    void theRegionsNameMayComeBeforeItsId() {
        rows("dataset", new String[] {"regionName", "Pirkanmaa"}, new String[] {"region", "R1"});

        assertEquals("R1", tree.root().get("region").get("id").text());
        assertEquals("Pirkanmaa", tree.root().get("region").get("name").text());
    }

    @Test
    void anIdMayBeAsLongAsTheLimitAndNoLonger() {
        String longest = "p".repeat(SheetTree.MAX_ID_LENGTH);
        rows("henkilöt", new String[] {"tunnus", "nimi"}, new String[] {longest, "Pia"});
        assertEquals(longest, tree.root().get("people").items().get(0).get("id").text());

        SheetTree other = new SheetTree(FILE, new Location(FILE, 0, 0));
        SheetTree.Sheet people = other.sheet("people", Location.cell(FILE, "people", 1, 0));
        people.row(Location.cell(FILE, "people", 1, 0), row("people", 1, "id"));
        InputException e = assertThrows(InputException.class,
                () -> people.row(Location.cell(FILE, "people", 2, 0), row("people", 2, longest + "p")));
        assertEquals("book.xlsx [people] A2: the id has 201 characters; an id or a reference is at most 200",
                e.getMessage());
    }

    @Test
    void codesAndListsAreReadAsYamlWouldWriteThem() {
        rows("ryhmät", new String[] {"tunnus", "kunnat", "taso"},
                new String[] {"g1", "20; 211,,837", "paikallinen"});
        Node group = tree.root().get("groups").items().get(0);

        assertEquals(List.of("020", "211", "837"), group.get("municipalities").items().stream().map(Node::text)
                .toList());
        assertEquals("LOCAL", group.get("tier").text());
    }

    @Test
    void aSheetWithoutAHeaderIsOneProblem() {
        rows("people", new String[] {"p1", "Pia"}, new String[] {"p2", "Pekka"});
        tree.finish(); // two rows, neither a header: the file's end says there is none

        assertEquals(List.of("DATA-003.noHeader"), tree.problems().stream().map(DataProblem::key).toList());
        assertTrue(tree.root().get("people") == null, "no records without a header");
    }

    @Test
    void aSheetOfOnesOwnIsNotReadAndOnlyLogged() {
        rows("Muistiinpanot", new String[] {"Soita Kelaan ennen kokousta"}, new String[] {"x"});
        rows("Yhteystiedot", new String[] {"Nimi", "Organisaatio", "Puhelin"}, new String[] {"Pia", "Kela", "040"});
        rows("Notes", new String[] {"Ryhmä", "muistiin"}, new String[] {"a"}, new String[] {"b"}, new String[] {"c"},
                new String[] {"d"}, new String[] {"Ryhmä", "Henkilö"}); // a table below five rows is not looked for
        tree.finish();

        assertEquals(List.of(), tree.problems());
        assertTrue(tree.ignoredColumns().contains("[Muistiinpanot] (the whole sheet: no sheet pkcheck reads)"),
                tree.ignoredColumns().toString());
        assertTrue(tree.ignoredColumns().contains("[Notes] (the whole sheet: no sheet pkcheck reads)"));
        assertEquals(3, tree.ignoredColumns().size(), tree.ignoredColumns().toString());
    }

    @Test
    void aSheetThatLooksLikeDataIsNamedOnce() {
        rows("Jäsnet", new String[] {"x"}, new String[] {"y"});
        rows("Taulukko1", new String[] {"Jäsenlista"}, new String[] {"Ryhmä", "Henkilö", "Rooli"},
                new String[] {"g1", "p1", "puheenjohtaja"});
        rows("Kunnat 2024", new String[] {"Kuntakoodi", "Nimi"}, new String[] {"020", "Akaa"});
        rows("Tyhjä");
        tree.finish();

        assertEquals(List.of("DATA-003.unknownSheetSuggest", "DATA-003.unknownSheet", "DATA-003.unknownSheet"),
                tree.problems().stream().map(DataProblem::key).toList());
        assertEquals(List.of("Jäsnet", "members"), tree.problems().get(0).args());
        assertEquals("Taulukko1", tree.problems().get(1).args().get(0));
        assertTrue(tree.ignoredColumns().isEmpty(), tree.ignoredColumns().toString());
    }

    @Test
    void titleRowsAboveTheHeaderAreSkipped() {
        rows("henkilöt", new String[] {"Pirkanmaan perhekeskusten henkilöt"}, new String[] {"päivitetty 1.2.2024"},
                new String[] {"tunnus", "nimi"}, new String[] {"p1", "Pia"});
        tree.finish();

        assertEquals(List.of(), tree.problems());
        assertEquals("p1", tree.root().get("people").items().get(0).get("id").text());
        assertEquals(4, tree.root().get("people").items().get(0).location().line(), "the record's own row");
    }

    @Test
    void aMemberListHeadedAsCoordinatorsHeadThemIsRead() {
        rows("jäsenet", new String[] {"Ryhmä", "Jäsen", "Edustaa", "Rooli", "Varahenkilö", "Alkaen"},
                new String[] {"g1", "p1", "nokia", "puheenjohtaja", "p2", "1.1.2024"});
        tree.finish();

        assertEquals(List.of(), tree.problems());
        Node first = tree.root().get("members").items().get(0);
        assertEquals(List.of("g1", "p1", "nokia", "CHAIR", "p2", "2024-01-01"), List.of(first.get("group").text(),
                first.get("person").text(), first.get("represents").text(), first.get("role").text(),
                first.get("deputy").text(), first.get("from").text()));
    }

    @Test
    void twoColumnsOfOneFieldReadTheUsualWord() {
        rows("medlemmar", new String[] {"Grupp", "Medlem", "Person", "Organisaatio", "Varahenkilö", "Varajäsen"},
                new String[] {"g2", "ordinarie", "p3", "Kela, Pirkanmaa", "p9", "p4"});
        tree.finish();

        assertEquals(List.of(), tree.problems(), "no field twice in a row");
        Node member = tree.root().get("members").items().get(0);
        assertEquals(List.of("p3", "p4"), List.of(member.get("person").text(), member.get("deputy").text()));
        assertNull(member.get("represents"), "a member list's own Organisaatio column (names, often) is not read");
        assertTrue(tree.ignoredColumns().containsAll(List.of("[medlemmar] Medlem", "[medlemmar] Varahenkilö",
                "[medlemmar] Organisaatio")), tree.ignoredColumns().toString());
    }

    @Test
    void aCopyOfASheetOrAStaffListIsNoTypo() {
        rows("Jäsenet", new String[] {"Ryhmä", "Henkilö"}, new String[] {"g1", "p1"});
        rows("Jäsenet (2)", new String[] {"vanha lista"});
        rows("Personal", new String[] {"Namn", "Telefon"});
        rows("Henkilöstö", new String[] {"Nimi", "Puhelin"});
        rows("Kokousmuistiot", new String[] {"Pvm", "Ryhmä", "Asia"}, new String[] {"1.3.2024", "g1", "talous"});
        rows("Ryhmät 2023", new String[] {"Tunnus", "Nimi", "Taso"}); // an old list, but data: named
        tree.finish();

        assertEquals(List.of("DATA-003.unknownSheet"), tree.problems().stream().map(DataProblem::key).toList());
        assertEquals("Ryhmät 2023", tree.problems().get(0).args().get(0));
    }

    @Test
    void rowsThatNeverComeToAHeaderAreOneProblemAtTheFirst() {
        String[][] data = new String[SheetTree.MAX_TITLE_ROWS + 2][];
        for (int i = 0; i < data.length; i++) {
            data[i] = new String[] {"p" + i, "Pia"};
        }
        rows("people", data);
        tree.finish();

        assertEquals(List.of("DATA-003.noHeader"), tree.problems().stream().map(DataProblem::key).toList());
        assertEquals(1, tree.problems().get(0).location().line());
    }

    @Test
    void aNameSplitIntoFirstAndFamilyNameIsOneName() {
        rows("henkilöt", new String[] {"tunnus", "etunimi", "sukunimi", "organisaatio"},
                new String[] {"p1", "Maija", "Meikäläinen", "hva"}, new String[] {"p2", null, "Virtanen", "hva"},
                new String[] {"p3", "Pekka", null, "hva"});
        tree.finish();

        List<Node> people = tree.root().get("people").items();
        assertEquals(List.of("Maija Meikäläinen", "Virtanen", "Pekka"),
                people.stream().map(p -> p.get("name").text()).toList());
        assertEquals(2, people.get(0).get("name").location().column(), "placed at the first name's cell");
        assertEquals(List.of(), tree.problems());
    }

    @Test
    void aWholeNameOfTheRowWinsOverItsParts() {
        rows("people", new String[] {"id", "name", "first name", "surname"},
                new String[] {"p4", "Written Whole", "Other", "Parts"}, new String[] {"p5", null, "Only", "Parts"});
        tree.finish();

        assertEquals(List.of("Written Whole", "Only Parts"), tree.root().get("people").items().stream()
                .map(p -> p.get("name").text()).toList());
    }

    /** {@code titles} rows of one cell of text, then a header and one person. */
    private void peopleBelow(int titles) {
        String[][] rows = new String[titles + 2][];
        for (int i = 0; i < titles; i++) {
            rows[i] = new String[] {"Pirkanmaan perhekeskusten henkilöt, osa " + i};
        }
        rows[titles] = new String[] {"tunnus", "nimi"};
        rows[titles + 1] = new String[] {"p1", "Pia"};
        rows("henkilöt", rows);
        tree.finish();
    }

    @Test
    void theHeaderMayComeAsTheLastOfTheFirstRows() {
        peopleBelow(SheetTree.MAX_TITLE_ROWS - 1);
        assertEquals(List.of(), tree.problems());
        assertEquals("Pia", tree.root().get("people").items().get(0).get("name").text());
    }

    @Test
    void aHeaderBelowTheFirstRowsIsNone() {
        peopleBelow(SheetTree.MAX_TITLE_ROWS);
        assertEquals(List.of("DATA-003.noHeader"), tree.problems().stream().map(DataProblem::key).toList());
        assertTrue(tree.root().get("people") == null);
    }

    @Test
    void aDataRowWithOneWordThatIsAlsoAHeadingIsNoHeader() {
        // The header row was deleted; "kunta" (a type) is also the Finnish heading of the municipality column.
        rows("organisaatiot", new String[] {"pirha", "hyvinvointialue", "Pirkanmaan hyvinvointialue"},
                new String[] {"kela", "Kela", "Kela"}, new String[] {"tampere", "kunta", "Tampereen kaupunki", "837"});
        tree.finish();

        assertEquals(List.of("DATA-003.noHeader"), tree.problems().stream().map(DataProblem::key).toList());
        assertEquals(1, tree.problems().get(0).location().line());
    }
}
