package fi.perhekeskus.pkcheck.model;

/** The kinds of organisation that run a family centre together. */
public enum OrganisationType {
    /** hyvinvointialue */
    WELLBEING_REGION,
    /** kunta */
    MUNICIPALITY,
    /** järjestö */
    NGO,
    /** seurakunta */
    PARISH,
    /** hiippakunta */
    DIOCESE,
    /** Kansaneläkelaitos */
    KELA,
    OTHER
}
