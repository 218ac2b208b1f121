package fi.perhekeskus.pkcheck.model;

import java.util.List;

/** A group (ohjausryhmä, koordinaatioryhmä, ...) at one tier, with its scope and its members. */
public record Group(String id, String name, Tier tier, String area, List<String> municipalities,
                    boolean municipalitiesGiven, List<Membership> members, Location location) {
}
