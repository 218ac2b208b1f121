package fi.perhekeskus.pkcheck.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Unpacks an uploaded {@code .zip} into a directory of the in-memory file system, counting what it really
 * unpacks (an entry's declared size may lie): more than {@code maxBytes} in all, or more than
 * {@code maxEntries} entries, is a 413; an entry whose path would leave the archive ({@code ..}, an absolute
 * path, a drive letter) is a 400. macOS's {@code __MACOSX/} and {@code ._*} companions are left out.
 */
final class ZipUnpacker {

    private final long maxBytes;
    private final int maxEntries;
    private long unpacked;

    ZipUnpacker(long maxBytes, int maxEntries) {
        this.maxBytes = maxBytes;
        this.maxEntries = maxEntries;
    }

    /** Unpacks {@code zip} into {@code dir}; returns the number of files written. */
    int unpack(InputStream zip, Path dir, String archive) throws IOException {
        int entries = 0;
        int files = 0;
        try (ZipInputStream in = new ZipInputStream(zip)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > maxEntries) {
                    throw WebError.keyed(413, "zipEntries", archive, maxEntries);
                }
                String name = entry.getName().replace('\\', '/');
                checkInside(name, archive);
                if (name.startsWith("__MACOSX/") || leaf(name).startsWith("._")) {
                    continue;
                }
                Path target = dir.resolve(name);
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (OutputStream out = Files.newOutputStream(target)) {
                    copy(in, out, archive);
                }
                files++;
            }
        } catch (ZipException | java.io.EOFException e) {
            throw WebError.keyed(400, "notZip", archive);
        } catch (IllegalArgumentException e) {
            // ZipInputStream: an entry name that is not valid UTF-8
            throw WebError.keyed(400, "notZip", archive);
        }
        if (files == 0) {
            throw WebError.keyed(400, "emptyZip", archive);
        }
        return files;
    }

    /** Refuses an entry whose path is absolute or climbs out of the archive. */
    static void checkInside(String name, String archive) {
        boolean outside = name.isEmpty() || name.startsWith("/") || name.matches("^[A-Za-z]:.*")
                || name.indexOf('\0') >= 0;
        for (String part : name.split("/")) {
            outside |= part.equals("..");
        }
        if (outside) {
            throw WebError.keyed(400, "zipOutside", archive, WebError.oneLine(name));
        }
    }

    private static String leaf(String name) {
        String trimmed = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    private void copy(InputStream in, OutputStream out, String archive) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            unpacked += n;
            if (unpacked > maxBytes) {
                throw WebError.keyed(413, "zipTooLarge", archive, maxBytes / (1024.0 * 1024));
            }
            out.write(buffer, 0, n);
        }
    }
}
