package fi.perhekeskus.pkcheck.model;

import java.util.List;

/** An organisation of the network; {@code municipality} is set for a MUNICIPALITY organisation. */
public record Organisation(String id, OrganisationType type, String name, String municipality,
                           List<String> municipalities, Location location) {
}
