import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Audited request throughput against a running Suaka: {@code THREADS} clients (default 8) each send
 * {@code REQUESTS} (default 250) requests, alternating a registration (an audited write, POST
 * /api/v1/persons) with a read of a person (an audited read). Prints requests per second and the
 * count of non-2xx answers. Run with {@code java bench/AuditedThroughput.java http://localhost:9080}.
 */
public class AuditedThroughput {

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:9080";
        int threads = Integer.getInteger("THREADS", Integer.parseInt(System.getenv().getOrDefault("THREADS", "8")));
        int perThread = Integer.parseInt(System.getenv().getOrDefault("REQUESTS", "250"));
        String auth = "Basic " + Base64.getEncoder().encodeToString("officer:officer-demo".getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        String warmId = register(http, base, auth, 0, 0);
        for (int i = 0; i < 50; i++) {
            read(http, base, auth, warmId);
        }

        AtomicInteger failures = new AtomicInteger();
        AtomicLong total = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int thread = t + 1;
            pool.submit(() -> {
                String id = warmId;
                for (int i = 0; i < perThread; i++) {
                    try {
                        if (i % 2 == 0) {
                            String created = register(http, base, auth, thread, i);
                            if (created == null) {
                                failures.incrementAndGet();
                            } else {
                                id = created;
                            }
                        } else if (read(http, base, auth, id) / 100 != 2) {
                            failures.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                    total.incrementAndGet();
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("threads %d, requests %d, non-2xx %d, %.1f s, %.0f audited requests/s%n",
                threads, total.get(), failures.get(), seconds, total.get() / seconds);
    }

    private static String register(HttpClient http, String base, String auth, int thread, int i) throws Exception {
        String body = """
                {"givenName": "Mohammad Reza", "familyName": "Karimi", "sex": "MALE", "dateOfBirth": "1990-05-17",
                 "nationality": "AFG", "supervisedFrom": "2024-03-01"}""";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/persons"))
                .header("Authorization", auth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            System.err.println("registration answered " + response.statusCode() + ": " + response.body());
            return null;
        }
        String json = response.body();
        int at = json.indexOf("\"id\":\"") + 6;
        return json.substring(at, json.indexOf('"', at));
    }

    private static int read(HttpClient http, String base, String auth, String id) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/persons/" + id))
                .header("Authorization", auth).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
