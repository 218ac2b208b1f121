package fi.perhekeskus.pkcheck.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Zip archives made in memory for the tests: of a directory, of named entries, or a bomb. */
final class Zips {

    private Zips() {
    }

    static byte[] of(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] ofDirectory(Path dir) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile).sorted().forEach(f ->
                    entries.put(dir.relativize(f).toString().replace('\\', '/'), Multipart.read(f)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(entries);
    }

    /** Zeros that compress a thousandfold: {@code megabytes} MiB unpacked in a few tens of KiB. */
    static byte[] bomb(int megabytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("zeros.yaml"));
            byte[] block = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                zip.write(block);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
