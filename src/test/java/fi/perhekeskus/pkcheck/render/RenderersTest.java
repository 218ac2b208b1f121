package fi.perhekeskus.pkcheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RenderersTest {

    @Test
    void everyFormatIsMadeByTheRendererOfThatName() {
        assertEquals(List.of("text", "json", "markdown", "csv", "sarif", "junit", "html"), Renderers.names());
        for (String name : Renderers.names()) {
            assertEquals(name, Renderers.byName(name).orElseThrow().name());
        }
    }

    @Test
    void anUnknownFormatHasNoRenderer() {
        assertTrue(Renderers.byName("pdf").isEmpty());
        assertTrue(Renderers.byName("JSON").isEmpty(), "names are exact");
    }
}
