package fi.perhekeskus.pkcheck.report;

import fi.perhekeskus.pkcheck.model.Severity;

/**
 * A rule as reports describe it (SARIF's rule list, JUnit's passing tests): its id and default severity.
 * Titles and help come from the message bundles.
 */
public record RuleDescriptor(String id, Severity severity) {
}
