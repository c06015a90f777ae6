import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * kill -9 during concurrent registrations, then a check after the restart.
 *
 * <pre>
 * java bench/Kill9Durability.java load  BASE PID TOTAL KILL_AFTER ACK_FILE   # registers, kills PID -9 after KILL_AFTER acks
 * java bench/Kill9Durability.java check BASE ACK_FILE                         # after the restart
 * </pre>
 *
 * Every registration carries a unique UNHCR number. The load phase writes each acknowledged (201) one,
 * with the id the server gave, to ACK_FILE. The check phase reads each back: it must exist with exactly
 * the names and number that were sent, and the audit chain must verify. Exit status 1 when anything
 * acknowledged is missing or altered, or the chain is broken.
 */
public class Kill9Durability {

    private static final String OFFICER = auth("officer:officer-demo");
    private static final String ADMIN = auth("admin:admin-demo");
    private static final String[] GIVEN = {"Mohammad Reza", "Zahra", "Abdul Wali", "Fatima", "Gul Ahmad", "Nargis",
        "Muhammad Asif", "Shabana", "Imran", "Sakina"};
    private static final String[] FAMILY = {"Karimi", "Hussaini", "Rezaie", "Sultani", "Jafari", "Qureshi",
        "Baloch", "Yousafzai", "Naqvi", "Bo'i"};

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        if (args[0].equals("load")) {
            load(args[1], Long.parseLong(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]), Path.of(args[5]));
        } else {
            System.exit(check(args[1], Path.of(args[2])) ? 0 : 1);
        }
    }

    private static void load(String base, long pid, int total, int killAfter, Path acks) throws Exception {
        int run = (int) (System.currentTimeMillis() / 1000 % 100_000) * 1000;
        Map<Integer, String> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger sent = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            int n = i;
            pool.submit(() -> {
                sent.incrementAndGet();
                try {
                    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/persons"))
                            .timeout(Duration.ofSeconds(30))
                            .header("Authorization", OFFICER).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body(run + n))).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 201) {
                        acknowledged.put(run + n, id(response.body()));
                        if (acknowledged.size() == killAfter) {
                            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
                            System.out.printf("kill -9 %d after %d acknowledged, %.1f s in%n", pid, killAfter,
                                    (System.nanoTime() - start) / 1e9);
                        }
                    } else {
                        failed.incrementAndGet();
                    }
                } catch (Exception e) {
                    failed.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        List<String> lines = new ArrayList<>();
        acknowledged.forEach((number, id) -> lines.add(number + " " + id));
        Files.write(acks, lines);
        System.out.printf("sent %d, acknowledged %d, refused or cut off %d%n", sent.get(), acknowledged.size(), failed.get());
    }

    private static boolean check(String base, Path acks) throws Exception {
        int found = 0;
        int missing = 0;
        int altered = 0;
        for (String line : Files.readAllLines(acks)) {
            int number = Integer.parseInt(line.split(" ")[0]);
            HttpResponse<String> person = get(base + "/api/v1/persons/" + line.split(" ")[1], OFFICER);
            if (person.statusCode() == 404) {
                missing++;
            } else if (person.body().contains(unhcr(number)) && person.body().contains(json(given(number)))
                    && person.body().contains(json(family(number)))) {
                found++;
            } else {
                altered++;
                System.out.println("altered: " + line + " -> " + person.statusCode() + " " + person.body());
            }
        }
        String chain = get(base + "/api/v1/audit/verify", ADMIN).body();
        boolean intact = chain.contains("\"intact\":true");
        System.out.printf("acknowledged %d: found intact %d, missing %d, altered %d; audit chain %s%n",
                found + missing + altered, found, missing, altered, chain);
        return missing == 0 && altered == 0 && intact;
    }

    private static String body(int number) {
        return "{\"givenName\":" + json(given(number)) + ",\"familyName\":" + json(family(number))
                + ",\"sex\":\"" + (number % 2 == 0 ? "MALE" : "FEMALE") + "\",\"dateOfBirth\":\"1990-05-17\","
                + "\"nationality\":\"" + (number % 3 == 0 ? "PAK" : "AFG") + "\",\"unhcrNumber\":\"" + unhcr(number)
                + "\",\"supervisedFrom\":\"2025-03-01\"}";
    }

    private static String given(int number) {
        return GIVEN[number % GIVEN.length];
    }

    private static String family(int number) {
        return FAMILY[(number / GIVEN.length) % FAMILY.length];
    }

    private static String unhcr(int number) {
        return String.format("386-%08d", number);
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String id(String body) {
        int at = body.indexOf("\"id\":\"") + 6;
        return body.substring(at, body.indexOf('"', at));
    }

    private static HttpResponse<String> get(String url, String authorization) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String auth(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
