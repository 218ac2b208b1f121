package fi.perhekeskus.pkcheck.model;

import java.util.List;

/**
 * A region's network as loaded from one or more files: the usable records, plus every problem found
 * on the way. Records that repeat an id are already dropped (and reported).
 */
public record Dataset(List<String> sources, String modelRef, Location modelRefLocation, Region region,
                      List<Area> areas, List<Municipality> municipalities, List<Organisation> organisations,
                      List<Person> people, List<Group> groups, List<MeetingPlace> meetingPlaces,
                      List<Meeting> meetings, List<DataProblem> problems, List<NotRead> notRead) {
}
