package fi.perhekeskus.pkcheck.build;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * A build step (Maven's {@code process-classes} phase): copies every class file of the given packages from
 * the jars on the class path into the build's output directory, rewriting those older than Java 6 as Java 8
 * class files. The code stays as it is; ASM computes the stack map frames that the newer format needs.
 *
 * <p>Why: picocli and MVEL's copy of ASM ship Java 5 class files, and the JVM's class-data sharing (the
 * archive the {@code pkcheck} launcher records) cannot hold those. Every run parsed them from the jar
 * again and checked them with the old, slow verifier: about 230 classes, before the command line was
 * even read. The jar takes the rewritten copies from the output directory; the shade plugin leaves the
 * originals out (its filters name the same packages).
 */
public final class ClassRetargeter {

    /** Class files older than this (Java 6) cannot be archived. */
    private static final int OLDEST_ARCHIVABLE = Opcodes.V1_6;

    private ClassRetargeter() {
    }

    /**
     * Arguments: the output directory, then one or more package prefixes in class-file form
     * ({@code picocli/}).
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: ClassRetargeter OUTPUT_DIR PACKAGE_PREFIX...");
        }
        Path out = Path.of(args[0]);
        List<String> prefixes = List.of(args).subList(1, args.length);
        int copied = 0;
        int rewritten = 0;
        for (String element : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!element.endsWith(".jar")) {
                continue;
            }
            try (JarFile jar = new JarFile(element)) {
                for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                    JarEntry entry = entries.nextElement();
                    String name = entry.getName();
                    if (!name.endsWith(".class") || prefixes.stream().noneMatch(name::startsWith)) {
                        continue;
                    }
                    byte[] original;
                    try (InputStream in = jar.getInputStream(entry)) {
                        original = in.readAllBytes();
                    }
                    byte[] result = retarget(original);
                    if (result != original) {
                        rewritten++;
                    }
                    Path target = out.resolve(name);
                    Files.createDirectories(target.getParent());
                    Files.write(target, result);
                    copied++;
                }
            }
        }
        if (copied == 0) {
            throw new IllegalStateException("no class of " + prefixes + " on the class path");
        }
        System.out.println("ClassRetargeter: " + copied + " classes of " + prefixes + " copied, " + rewritten
                + " rewritten as Java 8 class files");
    }

    /**
     * The class file as Java 8 if it is older than Java 6, with computed stack map frames; otherwise (or if
     * ASM cannot compute its frames) the very same array.
     */
    static byte[] retarget(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        int major = reader.readUnsignedShort(6);
        if (major >= OLDEST_ARCHIVABLE) {
            return classFile;
        }
        try {
            ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES);
            reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
                @Override
                public void visit(int version, int access, String name, String signature, String superName,
                                  String[] interfaces) {
                    super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
                }
            }, ClassReader.SKIP_FRAMES);
            return writer.toByteArray();
        } catch (RuntimeException e) {
            // e.g. JSR/RET, which frames cannot describe: the class keeps its old format and is not archived
            System.out.println("ClassRetargeter: " + reader.getClassName() + " kept as it is (" + e + ")");
            return classFile;
        }
    }
}
