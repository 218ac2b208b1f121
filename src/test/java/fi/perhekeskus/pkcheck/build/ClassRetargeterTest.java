package fi.perhekeskus.pkcheck.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

class ClassRetargeterTest {

    private static final String RANGE = "picocli/CommandLine$Range.class";

    /** picocli's own class file, as its jar ships it (target/classes holds the rewritten copy). */
    private static byte[] fromPicocliJar(String name) throws IOException {
        String jar = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> e.contains("picocli") && e.endsWith(".jar")).findFirst().orElseThrow();
        try (JarFile file = new JarFile(jar); InputStream in = file.getInputStream(file.getJarEntry(name))) {
            return in.readAllBytes();
        }
    }

    private static int major(byte[] classFile) {
        return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
    }

    @Test
    void aJava5ClassBecomesAJava8ClassThatVerifiesAndRuns() throws Exception {
        byte[] original = fromPicocliJar(RANGE);
        assertEquals(49, major(original));
        byte[] rewritten = ClassRetargeter.retarget(original);
        assertEquals(52, major(rewritten));
        Class<?> range = new ClassLoader(getClass().getClassLoader()) {
            Class<?> define() {
                return defineClass("picocli.CommandLine$Range", rewritten, 0, rewritten.length);
            }
        }.define();
        Method valueOf = range.getMethod("valueOf", String.class);
        // initialising and calling it runs the verifier over the computed frames
        assertEquals("2..4", valueOf.invoke(null, "2..4").toString());
        assertEquals("1..*", valueOf.invoke(null, "1..*").toString());
    }

    @Test
    void newerClassFilesAreLeftAsTheyAre() throws IOException {
        byte[] own;
        try (InputStream in = getClass().getResourceAsStream("ClassRetargeterTest.class")) {
            own = in.readAllBytes();
        }
        assertTrue(major(own) >= 50);
        assertSame(own, ClassRetargeter.retarget(own));
    }

    @Test
    void theBuildPutTheRewrittenPicocliFirstOnTheClassPath() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(RANGE)) {
            assertEquals(52, major(in.readAllBytes()));
        }
    }
}
