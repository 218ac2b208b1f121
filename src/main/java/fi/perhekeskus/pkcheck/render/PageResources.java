package fi.perhekeskus.pkcheck.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The text resources that self-contained HTML pages inline (style sheets, scripts) and the Content Security
 * Policy hashes that let a browser run exactly those and nothing else. Shared by the report, the network map
 * and the history page.
 */
public final class PageResources {

    private PageResources() {
    }

    /**
     * A text resource on the class path ({@code pkcheck/html/report.css}), with line ends normalised as a browser
     * does before hashing an inline element.
     */
    public static String text(String path) {
        try (InputStream in = PageResources.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CSP source expression of an inline element's text: {@code sha256-<base64>}. */
    public static String cspHash(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
