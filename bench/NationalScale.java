import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The national-scale figures of bench/README.md against a running server: {@code http URL} times the
 * monthly statistics PDF, the national roll-up PDF, the dashboard page, occupancy on a date, the name
 * search and the duplicate candidates (sequential, after a warm-up that is discarded), then registration
 * at 8 and 32 connections; {@code sql JDBC-URL USER PASSWORD} times the raw SQL of the same figures
 * (the full count the figures replaced, and the kept figures' own query) on the database, server stopped
 * for embedded Derby. Prints one line per figure: median, p95, and what was asked.
 */
public class NationalScale {

    private static final int WARM_UP = 3;

    public static void main(String[] args) throws Exception {
        if (args[0].equals("sql")) {
            sql(args[1], args[2], args[3], Integer.parseInt(System.getProperty("rounds", "10")));
        } else {
            http(args[1], Integer.parseInt(System.getProperty("rounds", "20")),
                    Integer.parseInt(System.getProperty("registrations", "6000")));
        }
    }

    static void http(String base, int rounds, int registrations) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String officer = basic("officer", "officer-demo");
        String ditjen = basic("ditjen", "ditjen-demo");
        time("monthly statistics PDF, Kupang, September 2024", rounds,
                () -> get(client, base + "/api/v1/reports/monthly-statistics?month=2024-09", officer));
        time("national roll-up PDF, every office, September 2024", rounds,
                () -> get(client, base + "/api/v1/reports/national-statistics?month=2024-09", ditjen));
        time("occupancy of every shelter on a date (/shelters/occupancy), Kupang", rounds,
                () -> get(client, base + "/api/v1/shelters/occupancy?date=2024-09-30", officer));
        time("occupancy of every shelter on a date, national reader", rounds,
                () -> get(client, base + "/api/v1/shelters/occupancy?date=2024-09-30", ditjen));
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
        signIn(browser, base, "officer", "officer-demo");
        time("dashboard page, Kupang officer", rounds, () -> page(browser, base + "/app/dashboard.xhtml"));
        List<String> prefixes = List.of("Hoss", "Kari", "Sult", "Warsa", "Baloch", "Rahim", "Jafa", "Durr", "Qade", "Osma");
        Random random = new Random(7);
        time("person search by name prefix, 20 a page", rounds * 5, () -> get(client, base + "/api/v1/persons?name="
                + prefixes.get(random.nextInt(prefixes.size())) + "&limit=20", officer));
        time("duplicate candidates of a form (POST /persons/duplicate-check)", rounds * 5, () -> post(client,
                base + "/api/v1/persons/duplicate-check", officer, """
                        {"givenName": "Muhammad Nabi", "familyName": "Hussaini", "sex": "MALE", "dateOfBirth": "1990-08-01",
                         "nationality": "AFG"}"""));
        for (int connections : List.of(8, 32)) {
            register(base, officer, connections, registrations);
        }
    }

    /** Registrations by {@code connections} clients at once, each its own HTTP connection. */
    static void register(String base, String officer, int connections, int total) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        long run = System.nanoTime() ^ System.currentTimeMillis();
        long started = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            pool.submit(() -> {
                HttpClient own = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    String body = """
                            {"givenName": "Sher Agha", "familyName": "Durrani %s", "sex": "MALE", "dateOfBirth": "1985-05-20",
                             "nationality": "AFG", "supervisedFrom": "2024-09-01"}""".formatted(letters(run + i));
                    long at = System.nanoTime();
                    try {
                        HttpResponse<String> response = own.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/persons?confirmDuplicate=true"))
                                .header("Authorization", officer).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 201) {
                            failed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - at);
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("registration, %d connections: %,d in %.1f s = %.0f req/s, p50 %.0f ms, p99 %.0f ms, failed %d%n",
                connections, total, seconds, total / seconds, sorted.get(sorted.size() / 2) / 1e6,
                sorted.get((int) (sorted.size() * 0.99)) / 1e6, failed.get());
    }

    private static String letters(long seed) {
        StringBuilder letters = new StringBuilder();
        long value = Math.abs(seed);
        for (int i = 0; i < 8; i++) {
            letters.append((char) ('a' + value % 26));
            value /= 26;
        }
        return letters.toString();
    }

    static void sql(String url, String user, String password, int rounds) throws Exception {
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            String kupang = "00000000-0000-0000-0000-000000000001";
            long persons = single(db, "select count(*) from REG_PERSON");
            System.out.printf("persons %,d, stays %,d, placements %,d, spans %,d, sums %,d%n", persons,
                    single(db, "select count(*) from REG_OFFICE_STAY"), single(db, "select count(*) from SHL_PLACEMENT"),
                    single(db, "select count(*) from REG_FIGURE_SPAN"), single(db, "select count(*) from REG_FIGURE_SUM"));
            String staying = " from REG_OFFICE_STAY s join REG_PERSON p on p.ID = s.PERSON_ID where s.FROM_DATE <= ?"
                    + " and (s.UNTIL_DATE is null or s.UNTIL_DATE > ?)";
            timeSql(db, "full count: per nationality and sex, every office (one of the report's queries)", rounds,
                    "select p.NATIONALITY, p.SEX, count(*)" + staying + " group by p.NATIONALITY, p.SEX");
            timeSql(db, "full count: per nationality and sex, Kupang", rounds,
                    "select p.NATIONALITY, p.SEX, count(*)" + staying + " and s.OFFICE_ID = '" + kupang
                            + "' group by p.NATIONALITY, p.SEX");
            String sums = "select VAL, TOTAL as N from REG_FIGURE_SUM --DERBY-PROPERTIES index=IX_REG_FIGURE_SUM_FACET\n"
                    + " where FACET = 'NS' and PERIOD_LEVEL = ";
            timeSql(db, "kept figures: per nationality and sex, every office (the application's query)", rounds,
                    "select VAL, sum(N) from (" + sums + "'Y' and PERIOD_START < '2024-01-01' union all "
                            + sums + "'M' and PERIOD_START >= '2024-01-01' and PERIOD_START < '2024-09-01' union all "
                            + sums + "'D' and PERIOD_START >= '2024-09-01' and PERIOD_START <= ?) f group by VAL");
            timeSql(db, "full count: occupancy of every shelter", rounds, "select p.SHELTER_ID, count(*) from SHL_PLACEMENT p"
                    + " where p.START_DATE <= ? and (p.END_DATE is null or p.END_DATE > ?) group by p.SHELTER_ID");
            timeSql(db, "name search: contains, with the exact count", rounds, "select count(*) from REG_PERSON p"
                    + " where lower(p.FAMILY_NAME) like '%hoss%'");
        }
    }

    private static long single(Connection db, String sql) throws Exception {
        try (ResultSet result = db.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void timeSql(Connection db, String what, int rounds, String sql) throws Exception {
        time(what, rounds, () -> {
            try (PreparedStatement statement = db.prepareStatement(sql)) {
                for (int i = 1; i <= statement.getParameterMetaData().getParameterCount(); i++) {
                    statement.setDate(i, java.sql.Date.valueOf("2024-09-30"));
                }
                int rows = 0;
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        rows++;
                    }
                }
                return rows + " rows";
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Times the call after the warm-up and prints median and p95; the call returns what it got. */
    static void time(String what, int rounds, Supplier<String> call) {
        String got = "";
        for (int i = 0; i < WARM_UP; i++) {
            got = call.get();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long at = System.nanoTime();
            got = call.get();
            millis.add((System.nanoTime() - at) / 1e6);
        }
        Collections.sort(millis);
        System.out.printf("%-75s median %8.1f ms, p95 %8.1f ms (%s)%n", what, millis.get(millis.size() / 2),
                millis.get(Math.min(millis.size() - 1, (int) Math.ceil(millis.size() * 0.95) - 1)), got);
    }

    private static String get(HttpClient client, String url, String authorization) {
        return send(client, HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization).GET().build());
    }

    private static String post(HttpClient client, String url, String authorization, String json) {
        return send(client, HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static String page(HttpClient client, String url) {
        return send(client, HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    private static String send(HttpClient client, HttpRequest request) {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return "HTTP " + response.statusCode() + ", " + response.body().length + " bytes";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signs in on the login form, as a browser does. */
    private static void signIn(HttpClient client, String base, String user, String password) throws Exception {
        String form = client.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(form);
        if (!state.find()) {
            throw new IllegalStateException("no view state on the login page");
        }
        String body = "login_SUBMIT=1&login%3Ausername=" + user + "&login%3Apassword=" + password + "&login%3Asubmit=x"
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
        client.send(HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        String dashboard = client.send(HttpRequest.newBuilder(URI.create(base + "/app/dashboard.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        if (dashboard.contains("login:password")) {
            throw new IllegalStateException("the sign-in on the login form failed");
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
