package fi.perhekeskus.pkcheck.web;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import fi.perhekeskus.pkcheck.load.DataFileReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The files of one request, held in a file system in memory (Jimfs), so the loader reads them as
 * {@link Path}s exactly as it reads files on disk, and nothing is ever written to the server's disk. Each
 * uploaded file is a path of its own, named as the browser named it (its base name only); a {@code .zip} is
 * unpacked into a directory of its name. Closing it drops everything.
 */
public final class InMemoryUpload implements AutoCloseable {

    /** The kinds of file pkcheck reads, by extension, as the command line reads them; anything else is a 415. */
    static final Set<String> DATA = DataFileReader.EXTENSIONS;

    private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix().toBuilder()
            .setWorkingDirectory("/upload").build());
    private final ServeOptions options;
    private final List<Path> paths = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final ZipUnpacker unpacker;
    private int files;
    private String modelFile;
    /** Each uploaded archive's own bytes, for a form that sends the upload back. */
    private final java.util.Map<String, byte[]> archives = new java.util.HashMap<>();

    InMemoryUpload(ServeOptions options) {
        this.options = options;
        this.unpacker = new ZipUnpacker(options.maxUnpacked(), ServeOptions.MAX_FILES);
    }

    /**
     * Adds one uploaded file.
     *
     * @throws WebError 400 for a name that cannot be a file's or that came twice, 413 for an archive that
     *                  unpacks to too much, 415 for a kind of file pkcheck does not read
     */
    void add(String submittedName, InputStream content) {
        String name = baseName(submittedName);
        if (names.contains(name)) {
            throw WebError.keyed(400, "sameName", name);
        }
        if (++files > ServeOptions.MAX_FILES) {
            throw WebError.keyed(413, "tooManyFiles", ServeOptions.MAX_FILES);
        }
        String extension = extension(name);
        Path path = fs.getPath(name);
        try {
            if (extension.equals("zip")) {
                byte[] bytes = content.readAllBytes();
                Files.createDirectory(path);
                files += unpacker.unpack(new java.io.ByteArrayInputStream(bytes), path, name);
                archives.put(name, bytes);
            } else if (DATA.contains(extension)) {
                try (OutputStream out = Files.newOutputStream(path)) {
                    content.transferTo(out);
                }
            } else {
                // An old Excel book (.xls) is the one a coordinator meets most: say how to save it anew.
                throw WebError.keyed(415, extension.equals("xls") ? "oldExcel" : "unsupported", name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        paths.add(path);
        names.add(name);
    }

    /**
     * Adds a governance model file of the uploader's own (YAML or JSON), kept apart from the dataset; the check
     * reads it instead of the data's {@code model:}.
     *
     * @throws WebError 415 for a file that is not YAML or JSON
     */
    void addModel(String submittedName, InputStream content) {
        String name = baseName(submittedName);
        if (!Set.of("yaml", "yml", "json").contains(extension(name))) {
            throw WebError.keyed(415, "modelNotYaml", name);
        }
        if (modelFile != null) {
            throw WebError.keyed(400, "oneModel");
        }
        Path path = fs.getPath("/model", name);
        try {
            Files.createDirectories(path.getParent());
            try (OutputStream out = Files.newOutputStream(path)) {
                content.transferTo(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        modelFile = path.toString();
    }

    /** The uploaded model file, as the check's model option; null when none came. */
    String modelFile() {
        return modelFile;
    }

    /** The file's own name, without any folder a browser may send, checked to be usable as one. */
    static String baseName(String submitted) {
        String name = submitted == null ? "" : submitted.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).trim();
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.length() > 255
                || name.chars().anyMatch(Character::isISOControl)) {
            throw WebError.keyed(400, "noName");
        }
        return name;
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The uploaded files' paths, in the order they came: the dataset. */
    public List<Path> paths() {
        return List.copyOf(paths);
    }

    /** The uploaded files' names, as reports name them. */
    public List<String> names() {
        return List.copyOf(names);
    }

    public boolean isEmpty() {
        return paths.isEmpty();
    }

    /** Each uploaded file as it came (an archive as the archive), by name in upload order: for a form that sends them back. */
    public java.util.Map<String, byte[]> originals() {
        java.util.Map<String, byte[]> originals = new java.util.LinkedHashMap<>();
        for (int i = 0; i < paths.size(); i++) {
            String name = names.get(i);
            try {
                originals.put(name, archives.containsKey(name) ? archives.get(name) : Files.readAllBytes(paths.get(i)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return originals;
    }

    /** Something written to a file of this memory (a template, say), read back as bytes. */
    byte[] write(String name, FileWriting writing) {
        try {
            Path scratch = fs.getPath("/scratch", name);
            Files.createDirectories(scratch.getParent());
            writing.write(scratch);
            return Files.readAllBytes(scratch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a file. */
    interface FileWriting {
        void write(Path file) throws IOException;
    }

    @Override
    public void close() {
        try {
            fs.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
