package fi.perhekeskus.pkcheck.network;

import fi.perhekeskus.pkcheck.model.OrganisationType;

/** The colours of the map and the exports: one per organisation type, one for groups. */
final class Palette {

    static final String GROUP = "#37474f";

    private Palette() {
    }

    static String colour(MapNode node) {
        if (node.kind() == NodeKind.GROUP) {
            return GROUP;
        }
        return colour(node.orgType());
    }

    static String colour(OrganisationType type) {
        if (type == null) {
            return "#9e9e9e";
        }
        return switch (type) {
            case WELLBEING_REGION -> "#1f77b4";
            case MUNICIPALITY -> "#2ca02c";
            case NGO -> "#ff7f0e";
            case PARISH -> "#9467bd";
            case DIOCESE -> "#8c564b";
            case KELA -> "#d62728";
            case OTHER -> "#7f7f7f";
        };
    }
}
