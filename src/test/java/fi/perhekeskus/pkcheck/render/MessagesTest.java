package fi.perhekeskus.pkcheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.perhekeskus.pkcheck.load.InputException;
import fi.perhekeskus.pkcheck.model.Location;
import fi.perhekeskus.pkcheck.model.OrganisationType;
import fi.perhekeskus.pkcheck.model.Role;
import fi.perhekeskus.pkcheck.model.Tier;
import fi.perhekeskus.pkcheck.model.Word;
import fi.perhekeskus.pkcheck.report.OrganisationRef;
import fi.perhekeskus.pkcheck.report.PersonRef;
import fi.perhekeskus.pkcheck.report.Suggestion;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Plurals, dates and decimals by language; suggestions that name whom to call; exit-2 messages by key. */
class MessagesTest {

    private static final Messages FI = new Messages(Language.fi);
    private static final Messages SV = new Messages(Language.sv);
    private static final Messages EN = new Messages(Language.en);

    @Test
    void pluralsFollowEachLanguage() {
        assertEquals("Yhteenveto: 1 virhe, 2 varoitusta, 0 huomautusta", FI.get("text.summary", 1, 2, 0));
        assertEquals("Sammanfattning: 1 fel, 1 varning, 2 noteringar", SV.get("text.summary", 1, 1, 2));
        assertEquals("Summary: 1 error, 2 warnings, 1 info", EN.get("text.summary", 1, 2, 1));
        assertEquals("Jäsenyys päättyy 15.4.2024, huomenna.", FI.get("TERM-002", LocalDate.of(2024, 4, 15), 1));
        assertEquals("The membership ends on 2024-04-15, in 45 days.", EN.get("TERM-002", LocalDate.of(2024, 4, 15), 45));
    }

    @Test
    void namesStayInTheNominative() {
        assertEquals("Kihniö (250): ei edustajaa ryhmässä.", FI.get("REP-002", "Kihniö (250)"));
    }

    @Test
    void organisationTypesTakeTheCaseTheFinnishSentenceNeeds() {
        assertEquals("Ryhmässä ei ole yhtään Kelan edustajaa; malli edellyttää vähintään 1.",
                FI.get("REP-001", OrganisationType.KELA, 1, 0));
        assertEquals("Ryhmässä on vain yksi seurakunnan tai hiippakunnan edustaja; malli edellyttää vähintään 2.",
                FI.get("REP-001", List.of(OrganisationType.PARISH, OrganisationType.DIOCESE), 2, 1));
        assertEquals("Ryhmässä on vain 2 kunnan edustajaa; malli edellyttää vähintään 3.",
                FI.get("REP-001", OrganisationType.MUNICIPALITY, 3, 2));
        assertEquals("Malli edellyttää, että puheenjohtaja edustaa hyvinvointialuetta, mutta puheenjohtaja (p1) "
                + "edustaa muuta organisaatiota.", FI.get("CHAIR-003", OrganisationType.WELLBEING_REGION, "p1"));
        assertEquals("Puheenjohtajistossa (puheenjohtaja ja varapuheenjohtajat) ei ole yhtään järjestön edustajaa.",
                FI.get("CHAIR-005", List.of(OrganisationType.NGO)));
        assertEquals("Paikalla ei ole yhtään muun organisaation edustajaa.", FI.get("MEET-003", OrganisationType.OTHER));
        // a proper name is not inflected by rule: it leads, and the common noun takes the case
        assertEquals("Pirkanmaa: maakunnassa on vain yksi maakunnallisen tason ryhmä; malli edellyttää vähintään 2.",
                FI.get("STRUCT-001.region", Tier.PROVINCIAL, "Pirkanmaa", 1, 2));
        assertEquals("Pohjoinen perhekeskus: alueella on 3 paikallisen tason ryhmää; malli sallii enintään 2.",
                FI.get("STRUCT-002.area", Tier.LOCAL, "Pohjoinen perhekeskus", 3, 2));
        assertEquals("Kohtaamispaikka Lielahti, Tampere (837): koordinaattori p1 ei työskentele kunnassa eikä edusta "
                + "sitä.", FI.get("ROLE-004.notMunicipal", "Lielahti", "p1", "Tampere (837)"));
        assertEquals("Kihniö (250): kunnasta ei ole ketään paikalla.", FI.get("MEET-004", "Kihniö (250)"));
        // no advice to quote: an unquoted 020 is read as written, and a spreadsheet has no quotes
        assertEquals("Kentän \"code\" arvo \"1080\" ei ole kuntanumero (kolme numeroa, esim. \"020\").",
                FI.get("DATA-003.badCode", "code", "1080"));
        assertEquals("Ryhmässä ei ole ketään koordinaattorin tai perhekeskuksen johtajan roolissa; malli edellyttää "
                + "vähintään 1.", FI.get("ROLE-001", List.of(Role.COORDINATOR, Role.DIRECTOR), 1, 0));
        assertEquals("Ryhmän g1 koordinaattori p1 ei ole jäsenenä yhdessäkään alueellisen tason ryhmässä.",
                FI.get("ROLE-002", "p1", "g1", Tier.REGIONAL));
        // Swedish and English write the type as it is
        assertEquals("Seats representing Kela: 0; the model requires at least 1.",
                EN.get("REP-001", OrganisationType.KELA, 1, 0));
        assertEquals("Malli edellyttää kunta", FI.inflected("Malli edellyttää kunta", "genitive"),
                "text that is no organisation type is left alone");
    }

    @Test
    void anOrganisationIsNamedByItsNameOrElseItsId() {
        assertEquals("Varajäsenen p2 organisaatio on MLL:n piiri, mutta varsinainen jäsen p1 edustaa organisaatiota "
                + "srk.", FI.get("TERM-003", new PersonRef("p2"), new OrganisationRef("mll", "MLL:n piiri"),
                new PersonRef("p1"), new OrganisationRef("srk", " ")));
        assertEquals("The deputy p2 works for mll, but the member p1 represents Seurakunta.", EN.get("TERM-003",
                new PersonRef("p2"), new OrganisationRef("mll", null), new PersonRef("p1"),
                new OrganisationRef("srk", "Seurakunta")));
        assertEquals("mll", new OrganisationRef("mll", "MLL:n piiri").toString(), "findings are ordered by the id");
    }

    @Test
    void datesAndDecimalsAsEachLanguageWritesThem() {
        assertEquals("1.3.2024", FI.date(LocalDate.of(2024, 3, 1)));
        assertEquals("1.3.2024", SV.date(LocalDate.of(2024, 3, 1)));
        assertEquals("2024-03-01", EN.date(LocalDate.of(2024, 3, 1)));
        assertEquals("0,68", FI.decimal(0.678));
        assertEquals("0,50", SV.decimal(0.5));
        assertEquals("0.68", EN.decimal(0.678));
    }

    @Test
    void aSuggestionNamesEachPersonBesideTheirOwnDeputy() {
        Messages m = FI.withContacts(Map.of("p1", "Maija Meikäläinen", "p2", "Matti Mallikas", "p3", "p3"),
                Map.of("p1", "Nokian kaupunki", "p2", "Nokian kaupunki"));
        Suggestion s = new Suggestion("MEET-001", "suggest.MEET-001", List.of(2L), 2, List.of(
                new Suggestion.Invite(new PersonRef("p1"), new PersonRef("p2")),
                new Suggestion.Invite(new PersonRef("p3"), null)));
        assertEquals("Päätösvaltaisuuteen tarvitaan vielä 2 edustajaa. Kutsu: Maija Meikäläinen (Nokian kaupunki) "
                + "tai hänen varajäsenensä Matti Mallikas (Nokian kaupunki); p3.", m.suggestion(s));
        assertEquals("Paikalla ei ole yhtään Kelan edustajaa. Kukaan ryhmän jäsenistä ei voi paikata puutetta: ryhmä "
                + "tarvitsee uuden jäsenen.", FI.suggestion(new Suggestion("MEET-003", "suggest.MEET-003",
                List.of(OrganisationType.KELA), 1, List.of())));
        assertEquals("Päätösvaltaisuuteen tarvitaan vielä 2 edustajaa. Kutsu: p1 tai hänen varajäsenensä p2; p3.",
                FI.suggestion(s), "without contacts, people stay ids");
    }

    @Test
    void anExitTwoMessageIsRenderedInTheReadersLanguageWithItsPlace() {
        InputException e = InputException.keyed(new Location("data.yaml", 3, 7), "error.cannotReadFile",
                new Word("reason.noSuchFile"));
        assertEquals("data.yaml:3:7: cannot read file (no such file)", e.getMessage());
        assertEquals("data.yaml:3:7: tiedostoa ei voi lukea (tiedostoa ei ole)", FI.error(e));
        assertEquals("data.yaml:3:7: filen kan inte läsas (filen finns inte)", SV.error(e));
        assertEquals("plain English", FI.error(new InputException("plain English")), "text stays as it is");
    }

    @Test
    void namedArgumentsChoosePluralsAndWordsAndWriteValuesInTheLanguage() {
        assertEquals("Ryhmä kattaa enintään yhden kunnan", FI.named("demand.STRUCT-004", Map.of("max", 1)));
        assertEquals("En grupp täcker högst 3 kommuner", SV.named("demand.STRUCT-004", Map.of("max", 3)));
        assertEquals("At least one member representing: a parish or the diocese", EN.named("demand.REP-001",
                Map.of("min", 1, "anyOf", List.of(OrganisationType.PARISH, OrganisationType.DIOCESE))));
        assertEquals("Jäseniä vähintään 5", FI.named("demand.SIZE-001",
                Map.of("min", 5, "max", "", "hasMin", "yes", "hasMax", "no")));
        assertEquals("Högst 15 medlemmar", SV.named("demand.SIZE-001",
                Map.of("min", "", "max", 15, "hasMin", "no", "hasMax", "yes")));
        assertEquals("10–15 members", EN.named("demand.SIZE-001",
                Map.of("min", 10, "max", 15, "hasMin", "yes", "hasMax", "yes")));
        // A named argument inflected as its pattern asks (demand.ROLE-002.cases=from:genitive).
        assertEquals("Ryhmän jäseninä ovat kaikki alueellisen tason koordinaattorit",
                FI.named("demand.ROLE-002", Map.of("from", Tier.REGIONAL)));
        assertEquals("Alla koordinatorer på regional nivå är medlemmar i gruppen",
                SV.named("demand.ROLE-002", Map.of("from", Tier.REGIONAL)));
    }

    @Test
    void aNamedMessageThatIsMissingIsItsKey() {
        assertEquals("demand.NO-SUCH", EN.named("demand.NO-SUCH", Map.of("min", 1)));
    }
}
