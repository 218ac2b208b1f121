package fi.perhekeskus.pkcheck;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Where test resources and repository files are, for tests. */
public final class TestPaths {

    private TestPaths() {
    }

    /** A test resource as a file path (test resources are plain files under target/test-classes). */
    public static Path resource(String name) {
        URL url = TestPaths.class.getResource("/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Where browser tests leave their screenshots: target/screenshots, so that a test run never changes a tracked
     * file; docs/images (the README's pictures) only when asked with {@code -Dscreenshots.update=true}.
     */
    public static Path screenshots() {
        return Boolean.getBoolean("screenshots.update") ? Path.of("docs", "images") : Path.of("target", "screenshots");
    }

    /** The repository root: Maven runs tests there. */
    public static Path repository() {
        return Path.of("").toAbsolutePath();
    }
}
