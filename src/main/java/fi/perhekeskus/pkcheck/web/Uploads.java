package fi.perhekeskus.pkcheck.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Reads a request's {@code file} parts into an {@link InMemoryUpload}. The request is refused with a 413
 * before any of it is read when it says it is larger than the upload limit; Jetty's multipart parser enforces
 * the same limit on a request that does not say, and keeps every part in memory (its threshold for spilling to
 * a file is the limit itself).
 */
final class Uploads {

    /**
     * What a request may hold beyond its files' {@code --max-upload}: the form's boundaries, part headers and other
     * fields, so that files of exactly the limit pass (web.md: 413 for an upload larger than the limit).
     */
    static final long FRAMING = 64 * 1024;

    private final ServeOptions options;

    Uploads(ServeOptions options) {
        this.options = options;
    }

    /** The request's files, in memory; the caller closes them. */
    InMemoryUpload read(Context ctx) {
        checkRequest(ctx);
        List<UploadedFile> files;
        List<UploadedFile> models;
        try {
            files = ctx.uploadedFiles("file");
            models = ctx.uploadedFiles("modelfile");
        } catch (Exception e) { // Jetty's ServletException comes through Kotlin undeclared
            throw multipartError(ctx, e);
        }
        long bytes = 0;
        for (UploadedFile part : files) {
            bytes += Math.max(0, part.size());
        }
        for (UploadedFile part : models) {
            bytes += Math.max(0, part.size());
        }
        if (bytes > options.maxUpload()) {
            throw tooLarge();
        }
        InMemoryUpload upload = new InMemoryUpload(options);
        try {
            for (UploadedFile file : files) {
                if (file.filename() == null || file.filename().isEmpty() && file.size() == 0) {
                    continue; // a form sent with no file chosen
                }
                try (InputStream in = file.content()) {
                    upload.add(file.filename(), in);
                }
            }
            for (UploadedFile model : models) {
                if (model.filename() == null || model.filename().isEmpty() && model.size() == 0) {
                    continue;
                }
                try (InputStream in = model.content()) {
                    upload.addModel(model.filename(), in);
                }
            }
        } catch (IOException | RuntimeException e) {
            upload.close();
            if (e instanceof WebError web) {
                throw web;
            }
            LoggerFactory.getLogger(Uploads.class).info("unreadable upload: {}", chain(e));
            throw WebError.keyed(400, "unreadable");
        }
        return upload;
    }

    /** A form field of the request (multipart or not); null where absent. */
    static String field(Context ctx, String name) {
        try {
            return ctx.formParam(name);
        } catch (Exception e) { // Jetty's ServletException comes through Kotlin undeclared
            throw multipartError(ctx, e);
        }
    }

    /** Every value of a form field. */
    static List<String> fields(Context ctx, String name) {
        try {
            return ctx.formParams(name);
        } catch (Exception e) { // Jetty's ServletException comes through Kotlin undeclared
            throw multipartError(ctx, e);
        }
    }

    private void checkRequest(Context ctx) {
        long length = ctx.req().getContentLengthLong();
        if (length > options.maxUpload() + FRAMING) {
            throw tooLarge();
        }
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
            throw WebError.keyed(415, "notMultipart");
        }
    }

    private WebError tooLarge() {
        return WebError.keyed(413, "tooLarge", options.maxUpload() / (1024.0 * 1024));
    }

    /**
     * What Jetty's multipart parser threw: too large a request is a 413, anything else a 400. The connection closes
     * after the answer, and says so: Jetty drops a connection whose request it could not parse, and a client that
     * was not told would send its next request on it and get no answer.
     */
    private static WebError multipartError(Context ctx, Exception e) {
        ctx.header("Connection", "close");
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof WebError web) {
                return web;
            }
            String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (message.contains("exceed") || message.contains("too large") || message.contains("max")
                    || message.contains("too many")) {
                return WebError.keyed(413, "tooLargeOrParts");
            }
        }
        LoggerFactory.getLogger(Uploads.class).info("unreadable upload: {}", chain(e));
        return WebError.keyed(400, "badMultipart");
    }

    private static String chain(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            text.append(t).append(" <- ");
        }
        return text.toString();
    }
}
