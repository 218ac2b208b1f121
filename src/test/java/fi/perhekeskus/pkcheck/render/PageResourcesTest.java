package fi.perhekeskus.pkcheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageResourcesTest {

    @Test
    void theCspHashIsTheBase64OfTheTextsSha256() {
        // FIPS 180-2 test vectors (and sha256sum for "ä"), in the form a Content-Security-Policy names them
        assertEquals("sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", PageResources.cspHash(""));
        assertEquals("sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=", PageResources.cspHash("abc"));
    }

    @Test
    void theCspHashReadsTheTextAsUtf8() {
        assertEquals("sha256-M+bXP+6CkEyNevt43hFU0ejcKg7bCBIOY99bk4XC2cw=", PageResources.cspHash("ä"));
    }

    @Test
    void aResourceIsReadWholeWithBrowserLineEnds() {
        String css = PageResources.text("pkcheck/html/report.css");
        assertTrue(css.length() > 100, css);
        assertFalse(css.contains("\r\n"));
    }

    @Test
    void aMissingResourceIsNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> PageResources.text("pkcheck/html/no-such.css"));
        assertEquals("missing resource pkcheck/html/no-such.css", e.getMessage());
    }
}
