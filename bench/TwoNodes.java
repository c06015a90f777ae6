import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two Suaka nodes on one PostgreSQL database, as a load balancer would use them.
 *
 * <pre>java bench/TwoNodes.java NODE_A_URL NODE_B_URL NODE_A_PID DOCUMENTS</pre>
 *
 * 1. A staff member signs in on the form of node A; the session works on node A.
 * 2. DOCUMENTS official PDFs are issued by 16 clients spread over both nodes; when half are issued, node A
 *    is killed (-9) and its clients' requests go to node B, as a load balancer would send them.
 * 3. The staff member's next request, with the same session cookie, reaches node B.
 * The clients speak HTTP/1.1 as browsers do on plain HTTP: Liberty cut the login page short when Java's
 * client asked to upgrade to HTTP/2 without TLS (h2c).
 * Checks: every document number is unique, every issued document can be verified on node B, the
 * signed-in session is still signed in on node B. Exit status 1 otherwise.
 */
public class TwoNodes {

    private static final String OFFICER = "Basic " + Base64.getEncoder()
            .encodeToString("officer:officer-demo".getBytes(StandardCharsets.UTF_8));
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String nodeA = args[0];
        String nodeB = args[1];
        long pidA = Long.parseLong(args[2]);
        int documents = Integer.parseInt(args[3]);

        CookieManager cookies = new CookieManager();
        HttpClient staff = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        signIn(staff, nodeA);
        int beforeOnA = staff.send(HttpRequest.newBuilder(URI.create(nodeA + "/api/v1/persons?size=1")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
        System.out.println("signed in on node A, session GET on node A: " + beforeOnA);

        Map<String, String> issued = new ConcurrentHashMap<>();
        AtomicInteger failedOnA = new AtomicInteger();
        AtomicInteger failedOnB = new AtomicInteger();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService clients = Executors.newFixedThreadPool(16);
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        long start = System.nanoTime();
        for (int c = 0; c < 16; c++) {
            boolean prefersA = c % 2 == 0;
            clients.submit(() -> {
                while (next.getAndIncrement() < documents) {
                    boolean sent = false;
                    for (String node : prefersA ? List.of(nodeA, nodeB) : List.of(nodeB, nodeA)) {
                        if (issue(http, node, issued)) {
                            sent = true;
                            break;
                        }
                        (node.equals(nodeA) ? failedOnA : failedOnB).incrementAndGet();
                    }
                    if (!sent) {
                        next.decrementAndGet();
                    }
                    if (issued.size() >= documents / 2 && killed.compareAndSet(false, true)) {
                        ProcessHandle.of(pidA).ifPresent(ProcessHandle::destroyForcibly);
                        System.out.printf("kill -9 node A after %d documents, %.1f s in%n", issued.size(),
                                (System.nanoTime() - start) / 1e9);
                    }
                }
                return null;
            });
        }
        clients.shutdown();
        clients.awaitTermination(20, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;

        Set<String> numbers = Set.copyOf(issued.values());
        int verified = 0;
        for (String code : issued.keySet()) {
            HttpResponse<String> record = http.send(HttpRequest.newBuilder(URI.create(nodeB + "/api/v1/reports/verify/" + code))
                    .header("Authorization", OFFICER).build(), HttpResponse.BodyHandlers.ofString());
            if (record.statusCode() == 200 && record.body().contains(issued.get(code))) {
                verified++;
            }
        }
        int afterOnB = staff.send(HttpRequest.newBuilder(URI.create(nodeB + "/api/v1/persons?size=1")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
        int strangerOnB = http.send(HttpRequest.newBuilder(URI.create(nodeB + "/api/v1/persons?size=1")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();

        System.out.printf("issued %d documents in %.1f s (%.1f/s); requests cut off on node A %d, on node B %d%n",
                issued.size(), seconds, issued.size() / seconds, failedOnA.get(), failedOnB.get());
        System.out.printf("unique document numbers %d of %d; verified on node B %d; session after failover on node B: %d"
                + " (without the session: %d)%n", numbers.size(), issued.size(), verified, afterOnB, strangerOnB);
        boolean ok = issued.size() == documents && numbers.size() == documents && verified == documents && afterOnB == 200
                && strangerOnB == 401;
        System.out.println(ok ? "OK" : "FAILED");
        System.exit(ok ? 0 : 1);
    }

    private static boolean issue(HttpClient http, String node, Map<String, String> issued) {
        try {
            HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(
                    URI.create(node + "/api/v1/reports/monthly-statistics?month=2024-09"))
                    .timeout(Duration.ofSeconds(60)).header("Authorization", OFFICER).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (pdf.statusCode() != 200) {
                return false;
            }
            issued.put(pdf.headers().firstValue("X-Verification-Code").orElseThrow(),
                    pdf.headers().firstValue("X-Document-Number").orElseThrow());
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /** Signs in through the login form, as a browser does: the page, then the form with its view state. */
    private static void signIn(HttpClient staff, String node) throws Exception {
        HttpResponse<String> login = staff.send(HttpRequest.newBuilder(URI.create(node + "/login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher state = VIEW_STATE.matcher(login.body());
        if (!state.find()) {
            throw new IllegalStateException("no view state on the login page: " + login.statusCode() + " "
                    + login.body().substring(0, Math.min(500, login.body().length())));
        }
        String form = "login_SUBMIT=1&login%3Ausername=officer&login%3Apassword=officer-demo&login%3Asubmit=Masuk"
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> answer = staff.send(HttpRequest.newBuilder(URI.create(node + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        System.out.println("sign-in form answered " + answer.statusCode() + " "
                + answer.headers().firstValue("Location").orElse(""));
    }
}
