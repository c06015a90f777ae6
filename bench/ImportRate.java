import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The import of a large spreadsheet as a job, timed: a CSV of N rows (default 100,000) of Afghan, Pakistani,
 * Somali and Rohingya name shapes is sent to {@code POST /api/v1/imports/jobs}, the preview is followed to
 * READY, the job is applied as the preview suggests and followed to DONE. While it runs, the server's heap
 * in use is sampled every 250 ms with {@code jstat -gc} (the peak includes garbage not yet collected) and once
 * more after a full collection at the end.
 *
 * <pre>java bench/ImportRate.java [rows] [url] [server pid]</pre>
 *
 * It writes to the server it is given (persons are registered): run it against a throwaway database.
 */
public final class ImportRate {

    private static final List<String> GIVEN = List.of("Mohammad", "Ali", "Hussain", "Zahra", "Fatima", "Abdul", "Gul", "Khadija",
            "Rahmatullah", "Masuma", "Sayed", "Nasrin", "Abdirahman", "Hodan", "Mohammed", "Nur", "Shafiqullah", "Bibi", "Imran",
            "Ayesha", "Muhammad", "Shabana", "Farhan", "Laila");
    private static final List<String> FAMILY = List.of("Hazara", "Karimi", "Rahimi", "Mohammadi", "Ahmadi", "Jafari", "Sultani",
            "Noori", "Popal", "Wardak", "Afridi", "Khan", "Yusufzai", "Qureshi", "Warsame", "Abdi", "Hassan", "Begum", "Ullah",
            "Rasuli", "Hakimi", "Amiri", "Qaderi", "Durrani");
    private static final List<String> NATIONALITIES = List.of("AFG", "AFG", "AFG", "AFG", "PAK", "PAK", "SOM", "MMR");

    private ImportRate() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        String url = args.length > 1 ? args[1] : "http://localhost:9080";
        String pid = args.length > 2 ? args[2] : null;
        byte[] csv = csv(rows);
        System.out.printf("file: %,d rows, %,d bytes%n", rows, csv.length);
        HttpClient http = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString("officer:officer-demo".getBytes(StandardCharsets.UTF_8));
        AtomicLong peak = new AtomicLong();
        Thread sampler = null;
        if (pid != null) {
            sampler = new Thread(() -> sample(pid, peak));
            sampler.setDaemon(true);
            sampler.start();
        }

        long start = System.nanoTime();
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/imports/jobs?fileName=bench.csv"))
                .header("Authorization", auth).header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(csv))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new IllegalStateException(started.statusCode() + " " + started.body());
        }
        long accepted = System.nanoTime();
        String job = started.headers().firstValue("Location").orElseThrow();
        String ready = await(http, auth, job, "READY");
        long previewed = System.nanoTime();
        HttpResponse<String> applying = http.send(HttpRequest.newBuilder(URI.create(job + "/apply")).header("Authorization", auth)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (applying.statusCode() != 202) {
            throw new IllegalStateException(applying.statusCode() + " " + applying.body());
        }
        String done = await(http, auth, job, "DONE");
        long applied = System.nanoTime();

        System.out.printf("upload and read (request): %.1f s%n", (accepted - start) / 1e9);
        System.out.printf("preview: %.1f s, %,.0f rows/s  %s%n", (previewed - accepted) / 1e9, rows / ((previewed - accepted) / 1e9),
                counts(ready, "newRows", "duplicates", "repeated", "invalid"));
        System.out.printf("apply: %.1f s, %,.0f rows/s  %s%n", (applied - previewed) / 1e9, rows / ((applied - previewed) / 1e9),
                counts(done, "created", "linked", "skipped", "invalid"));
        if (pid != null) {
            sampler.interrupt();
            System.out.printf("peak heap in use while importing (sampled every 250 ms, garbage included): %,d MB%n", peak.get() / 1024);
            run("jcmd", pid, "GC.run");
            System.out.printf("heap in use after a full collection: %,d MB%n", heapKb(pid) / 1024);
        }
    }

    private static byte[] csv(int rows) {
        Random random = new Random(42);
        StringBuilder text = new StringBuilder("Nama depan,Nama keluarga,Jenis kelamin,Tanggal lahir,Kewarganegaraan,Diawasi sejak\n");
        for (int i = 0; i < rows; i++) {
            LocalDate born = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 70));
            LocalDate arrival = LocalDate.of(2016, 1, 1).plusDays(random.nextInt(365 * 8));
            LocalDate from = arrival.isAfter(born) ? arrival : born.plusDays(1);
            text.append(GIVEN.get(random.nextInt(GIVEN.size()))).append(',').append(FAMILY.get(random.nextInt(FAMILY.size())))
                    .append(' ').append(Integer.toString(i, 26).chars().mapToObj(c -> String.valueOf((char) (Character.isDigit(c)
                            ? 'a' + c - '0' : c + 10))).reduce("", String::concat))
                    .append(',').append(random.nextBoolean() ? 'L' : 'P').append(',').append(born).append(',')
                    .append(NATIONALITIES.get(random.nextInt(NATIONALITIES.size()))).append(',').append(from).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String await(HttpClient http, String auth, String job, String state) throws IOException, InterruptedException {
        while (true) {
            String body = http.send(HttpRequest.newBuilder(URI.create(job)).header("Authorization", auth).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            if (body.contains("\"state\":\"" + state + "\"")) {
                return body;
            }
            if (body.contains("\"state\":\"FAILED\"")) {
                throw new IllegalStateException(body);
            }
            Thread.sleep(500);
        }
    }

    private static String counts(String job, String... names) {
        StringBuilder text = new StringBuilder();
        for (String name : names) {
            Matcher value = Pattern.compile("\"" + name + "\":(\\d+)").matcher(job);
            text.append(name).append(' ').append(value.find() ? value.group(1) : "?").append("  ");
        }
        return text.toString().strip();
    }

    private static void sample(String pid, AtomicLong peak) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                peak.accumulateAndGet(heapKb(pid), Math::max);
                Thread.sleep(250);
            } catch (InterruptedException e) {
                return;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The heap in use, in KB: survivor, eden and old generation used, from {@code jstat -gc}. */
    private static long heapKb(String pid) throws IOException {
        String[] lines = run("jstat", "-gc", pid).strip().split("\n");
        String[] names = lines[0].trim().split("\\s+");
        String[] values = lines[1].trim().split("\\s+");
        double used = 0;
        for (int i = 0; i < names.length; i++) {
            if (List.of("S0U", "S1U", "EU", "OU").contains(names[i])) {
                used += Double.parseDouble(values[i]);
            }
        }
        return (long) used;
    }

    private static String run(String... command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return out;
    }
}
