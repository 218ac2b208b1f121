package fi.perhekeskus.pkcheck.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * A finding's identity across runs: rule, subject and details, but not its location or wording, so it
 * survives unrelated edits of the data file and a change of language. Baselines and SARIF use it.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    public static String of(Finding finding) {
        return of(finding.rule(), finding.subject().type(), finding.subject().id(), finding.details());
    }

    /** The fingerprint of a finding read back from a JSON report. */
    public static String of(String rule, String subjectType, String subjectId, Map<String, ?> details) {
        StringBuilder canonical = new StringBuilder().append(rule).append('\u001f').append(subjectType)
                .append('\u001f').append(subjectId);
        new TreeMap<>(details).forEach((k, v) -> canonical.append('\u001f').append(k).append('=').append(v));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.toString()
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
