import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The web app's load benchmark (bench/web-load.sh runs it with {@code java WebLoad.java}; JDK only):
 * warm {@code POST /api/check} of one file, one request at a time, then {@code clients} clients sending
 * {@code requests} each at once. Prints latencies in milliseconds.
 *
 * <p>Arguments: BASE_URL FILE WARMUP SEQUENTIAL CLIENTS REQUESTS
 */
public final class WebLoad {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path file = Path.of(args[1]);
        int warmup = Integer.parseInt(args[2]);
        int sequential = Integer.parseInt(args[3]);
        int clients = Integer.parseInt(args[4]);
        int requests = Integer.parseInt(args[5]);
        byte[] body = multipart(file);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/check"))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "multipart/form-data; boundary=pkcheck-bench")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();

        for (int i = 0; i < warmup; i++) {
            send(http, request);
        }
        List<Double> one = new ArrayList<>();
        int oneErrors = 0;
        for (int i = 0; i < sequential; i++) {
            long start = System.nanoTime();
            oneErrors += send(http, request) == 200 ? 0 : 1;
            one.add((System.nanoTime() - start) / 1e6);
        }
        System.out.printf(Locale.ROOT, "sequential: %d requests, %d errors, median %.1f ms, p95 %.1f ms%n",
                sequential, oneErrors, percentile(one, 50), percentile(one, 95));

        List<Double> all = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                for (int r = 0; r < requests; r++) {
                    long t = System.nanoTime();
                    try {
                        if (send(http, request) != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    all.add((System.nanoTime() - t) / 1e6);
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf(Locale.ROOT, "concurrent: %d clients x %d requests, %d errors, median %.1f ms, p95 %.1f ms, "
                + "max %.1f ms, %.1f requests/s%n", clients, requests, errors.get(), percentile(all, 50),
                percentile(all, 95), percentile(all, 100), clients * requests / seconds);
    }

    static int send(HttpClient http, HttpRequest request) throws Exception {
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return response.statusCode();
    }

    static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    static byte[] multipart(Path file) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--pkcheck-bench\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(Files.readAllBytes(file));
        out.writeBytes("\r\n--pkcheck-bench\r\nContent-Disposition: form-data; name=\"date\"\r\n\r\n2024-03-01\r\n--pkcheck-bench--\r\n"
                .getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
