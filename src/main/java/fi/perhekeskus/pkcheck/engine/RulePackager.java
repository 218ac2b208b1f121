package fi.perhekeskus.pkcheck.engine;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.kie.api.definition.KiePackage;

/**
 * Compiles the built-in rules at build time and stores the compiled packages in the jar, so that a run
 * loads them instead of compiling DRL (the largest part of start-up). The stored packages carry a
 * fingerprint of the DRL sources, the Drools version and the Java version; a run that finds another
 * fingerprint, or a file it cannot read, compiles the DRL as before.
 */
public final class RulePackager {

    /** Where the compiled packages live on the class path. */
    static final String RESOURCE = "pkcheck/rules/builtin.pkgs";

    private static final String MAGIC = "pkcheck-rules-1";

    private RulePackager() {
    }

    /** Writes the compiled built-in rules under the given class output directory (Maven's process-classes). */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]).resolve(RESOURCE);
        Map<String, byte[]> sources = RuleBase.builtInSources();
        Collection<KiePackage> packages = RuleBase.builder(sources).getKnowledgePackages();
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "builtin", ".tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            write(out, fingerprint(sources), packages);
        }
        Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    static void write(OutputStream out, String fingerprint, Collection<KiePackage> packages) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (DroolsObjectOutputStream objects = new DroolsObjectOutputStream(body)) {
            objects.writeObject(new ArrayList<>(packages));
        }
        DataOutputStream data = new DataOutputStream(out);
        data.writeUTF(MAGIC);
        data.writeUTF(fingerprint);
        data.writeInt(body.size());
        body.writeTo(data);
        data.flush();
    }

    /** The packages, if the stream holds packages compiled from sources with {@code fingerprint}. */
    @SuppressWarnings("unchecked")
    static Optional<Collection<KiePackage>> read(InputStream in, String fingerprint)
            throws IOException, ClassNotFoundException {
        DataInputStream data = new DataInputStream(in);
        if (!MAGIC.equals(data.readUTF()) || !fingerprint.equals(data.readUTF())) {
            return Optional.empty();
        }
        byte[] body = new byte[data.readInt()];
        data.readFully(body);
        try (DroolsObjectInputStream objects = new DroolsObjectInputStream(new java.io.ByteArrayInputStream(body),
                RulePackager.class.getClassLoader())) {
            return Optional.of((Collection<KiePackage>) objects.readObject());
        }
    }

    /** A hash of the DRL sources, the Drools version and the Java version the packages depend on. */
    static String fingerprint(Map<String, byte[]> sources) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (var source : sources.entrySet()) {
                digest.update(source.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(source.getValue());
                digest.update((byte) 0);
            }
            digest.update(droolsVersion().getBytes(StandardCharsets.UTF_8));
            digest.update(Runtime.version().feature() == 0 ? new byte[0]
                    : String.valueOf(Runtime.version().feature()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private static String droolsVersion() {
        try (InputStream in = RulePackager.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.drools/drools-core/pom.properties")) {
            if (in == null) {
                return "unknown";
            }
            java.util.Properties properties = new java.util.Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
