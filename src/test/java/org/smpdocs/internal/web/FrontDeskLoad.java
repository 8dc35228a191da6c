package org.smpdocs.internal.web;

import com.openhtmltopdf.util.JDKXRLogger;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRSimpleLogFormatter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.smpdocs.internal.store.PasswordHashes;
import org.smpdocs.internal.store.Role;
import org.smpdocs.internal.store.StaffAccount;

/**
 * The front desk under load (part of the benchmark command): a {@link FrontDeskServer} on a new
 * data directory (SQLite, the sample clinic and cases), and simulated staff, each with a client and
 * a session cookie of their own, asking for the given routes in turn. After a warm-up it measures
 * each route's median, p95 and p99 and the throughput, and samples the heap used after the latest
 * garbage collection every 1,000 requests, with the heap after a full collection before and after
 * the run to say whether it stays flat. Figures only, no assertions: it is not a test.
 *
 * <p>Settings (environment): {@code BENCH_WEB_STAFF} (20), {@code BENCH_WEB_REQUESTS} (10000),
 * {@code BENCH_WEB_WARMUP} (1000 requests), {@code BENCH_WEB_THINK_MS} (0: no pause between a staff
 * member's requests) and {@code BENCH_WEB_ROUTES}, a comma-separated list of paths where
 * {@code {caseId}} stands for a sample case's id.
 */
public final class FrontDeskLoad {
    /** The routes the issue sets targets for, asked for by default: the case page and the consent's preview. */
    public static final String DEFAULT_ROUTES = "/cases/{caseId},/cases/{caseId}/documents/consent/preview";

    /** The targets: p95 in milliseconds, warm, on the 2-core machine. */
    private static final Map<String, Integer> P95_TARGET_MS = Map.of("/cases/{caseId}", 150,
            "/cases/{caseId}/documents/consent/preview", 400);
    private static final int SAMPLE_EVERY = 1000;
    private static final long FLAT_SLACK_BYTES = 16L * 1024 * 1024;
    private static final Pattern CSRF = Pattern.compile("name=\"" + Guard.CSRF_FIELD + "\" value=\"([^\"]+)\"");
    private static final String PASSWORD = "a long benchmark passphrase";

    private FrontDeskLoad() {
    }

    /** Runs the load alone: {@code java -cp target/smp-docs.jar:target/test-classes org.smpdocs.internal.web.FrontDeskLoad}. */
    public static void main(String[] args) throws Exception {
        // openhtmltopdf's step-by-step log, as the benchmark command keeps it quiet
        XRLog.setLoggerImpl(new JDKXRLogger(false, Level.OFF, new ConsoleHandler(), new XRSimpleLogFormatter()));
        report(Path.of("samples"));
    }

    /** Runs the load with the settings of the environment and prints its figures. */
    public static void report(Path samples) throws Exception {
        int staff = Integer.parseInt(env("BENCH_WEB_STAFF", "20"));
        int requests = Integer.parseInt(env("BENCH_WEB_REQUESTS", "10000"));
        int warmup = Integer.parseInt(env("BENCH_WEB_WARMUP", "1000"));
        long thinkMs = Long.parseLong(env("BENCH_WEB_THINK_MS", "0"));
        List<String> routes = Arrays.stream(env("BENCH_WEB_ROUTES", DEFAULT_ROUTES).split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        report(samples, staff, requests, warmup, thinkMs, routes);
    }

    /** Runs the load and prints its figures. */
    public static void report(Path samples, int staff, int requests, int warmup, long thinkMs, List<String> routes)
            throws Exception {
        Logger web = Logger.getLogger("org.smpdocs.web");
        Level before = web.getLevel();
        web.setLevel(Level.WARNING);
        Path dir = Files.createTempDirectory("front-desk-load");
        try (FrontDeskServer server = FrontDeskServer.start(new FrontDeskServer.Options(dir.resolve("data"), null, null,
                null, "127.0.0.1", 0, null, null, samples.resolve("clinic.json"), Duration.ofHours(8)),
                Clock.systemUTC(), new PasswordHashes(64, 1, 1))) {
            FrontDesk desk = server.desk();
            StaffAccount importer = desk.accounts().create("importer", "Importer", Role.FRONT_DESK,
                    desk.hashes().hash(PASSWORD.toCharArray()), false);
            List<String> caseIds = new ArrayList<>();
            try (Stream<Path> files = Files.list(samples.resolve("cases"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    caseIds.add(desk.cases().importCase(desk.engine(), f.getFileName().toString(),
                            Files.readAllBytes(f), importer.id()).caseId());
                }
            }
            String base = "http://127.0.0.1:" + server.port();
            List<Staff> people = new ArrayList<>();
            for (int i = 0; i < staff; i++) {
                String username = "desk" + (i + 1);
                desk.accounts().create(username, "Desk " + (i + 1), i % 2 == 0 ? Role.FRONT_DESK : Role.PRACTITIONER,
                        desk.hashes().hash(PASSWORD.toCharArray()), false);
                people.add(new Staff(base, username, caseIds.get(i % caseIds.size())));
            }
            System.out.printf(Locale.ROOT, "%nfront desk under load: %d staff at once, %d cases (SQLite), routes %s, "
                    + "%d warm-up + %d measured requests, %d ms between a person's requests, %d cores%n", staff,
                    caseIds.size(), routes, warmup, requests, thinkMs, Runtime.getRuntime().availableProcessors());

            run(people, routes, warmup, thinkMs, null);
            long heapBefore = heapAfterFullGc();
            Run measured = new Run(routes);
            long start = System.nanoTime();
            run(people, routes, requests, thinkMs, measured);
            double seconds = (System.nanoTime() - start) / 1e9;
            long heapAfter = heapAfterFullGc();
            print(measured, routes, seconds, heapBefore, heapAfter);
        } finally {
            web.setLevel(before);
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The latencies of a measured run, per route, and the heap samples. */
    private static final class Run {
        final Map<String, List<Long>> nanos = new ConcurrentHashMap<>();
        final List<long[]> heap = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger failures = new AtomicInteger();

        Run(List<String> routes) {
            for (String r : routes) {
                nanos.put(r, Collections.synchronizedList(new ArrayList<>()));
            }
        }
    }

    private static void run(List<Staff> people, List<String> routes, int total, long thinkMs, Run run)
            throws InterruptedException {
        AtomicInteger issued = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(people.size());
        List<Thread> threads = new ArrayList<>();
        for (Staff s : people) {
            Thread t = new Thread(() -> {
                try {
                    int turn = 0;
                    while (true) {
                        int n = issued.incrementAndGet();
                        if (n > total) {
                            return;
                        }
                        String route = routes.get(turn++ % routes.size());
                        long t0 = System.nanoTime();
                        int status = s.get(route.replace("{caseId}", s.caseId));
                        long took = System.nanoTime() - t0;
                        if (run != null) {
                            if (status != 200) {
                                run.failures.incrementAndGet();
                            }
                            run.nanos.get(route).add(took);
                            if (n % SAMPLE_EVERY == 0) {
                                run.heap.add(new long[] {n, heapAfterLatestGc()});
                            }
                        }
                        if (thinkMs > 0) {
                            Thread.sleep(thinkMs);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "staff-" + s.username);
            threads.add(t);
            t.start();
        }
        done.await();
    }

    private static void print(Run run, List<String> routes, double seconds, long heapBefore, long heapAfter) {
        int count = run.nanos.values().stream().mapToInt(List::size).sum();
        System.out.printf(Locale.ROOT, "%-46s %8s %8s %8s %8s %12s%n", "route", "requests", "p50 ms", "p95 ms", "p99 ms",
                "target p95");
        for (String route : routes) {
            long[] sorted = run.nanos.get(route).stream().mapToLong(Long::longValue).sorted().toArray();
            double p95 = percentile(sorted, 95);
            Integer target = P95_TARGET_MS.get(route);
            String verdict = target == null ? "-" : "<= " + target + (p95 <= target ? " met" : " MISSED");
            System.out.printf(Locale.ROOT, "%-46s %8d %8.1f %8.1f %8.1f %12s%n", route, sorted.length,
                    percentile(sorted, 50), p95, percentile(sorted, 99), verdict);
        }
        System.out.printf(Locale.ROOT, "throughput: %.1f requests/s over %.1f s; %d answers other than 200%n",
                count / seconds, seconds, run.failures.get());
        StringBuilder samples = new StringBuilder();
        List<long[]> heap = new ArrayList<>(run.heap);
        heap.sort(Comparator.comparingLong(h -> h[0]));
        for (long[] h : heap) {
            samples.append(String.format(Locale.ROOT, " %d:%.0f", h[0], h[1] / 1048576.0));
        }
        System.out.printf(Locale.ROOT, "heap used after the latest GC, MB, every %d requests:%s%n", SAMPLE_EVERY, samples);
        long growth = heapAfter - heapBefore;
        boolean flat = growth <= Math.max(FLAT_SLACK_BYTES, heapBefore / 10);
        System.out.printf(Locale.ROOT, "heap after a full GC: %.1f MB before, %.1f MB after (%+.1f MB): %s%n",
                heapBefore / 1048576.0, heapAfter / 1048576.0, growth / 1048576.0,
                flat ? "flat" : "GROWING (more than 16 MB or 10%)");
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    /** The heap in use after the latest collection of each heap pool, without forcing one. */
    private static long heapAfterLatestGc() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                used += pool.getCollectionUsage().getUsed();
            }
        }
        return used;
    }

    private static long heapAfterFullGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** One simulated member of staff: a client of their own, logged in, with their session cookie. */
    private static final class Staff {
        private final String base;
        private final String username;
        private final String caseId;
        private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        private final Map<String, String> cookies = new LinkedHashMap<>();

        Staff(String base, String username, String caseId) {
            this.base = base;
            this.username = username;
            this.caseId = caseId;
            String login = body(send(HttpRequest.newBuilder(URI.create(base + "/login")).GET()));
            Matcher token = CSRF.matcher(login);
            if (!token.find()) {
                throw new IllegalStateException("no form token on the login page");
            }
            String form = Guard.CSRF_FIELD + "=" + enc(token.group(1)) + "&username=" + enc(username) + "&password="
                    + enc(PASSWORD);
            HttpResponse<byte[]> in = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
            if (in.statusCode() != 303 || !cookies.containsKey(Cookies.SESSION)) {
                throw new IllegalStateException("login refused for " + username + ": " + in.statusCode());
            }
        }

        int get(String path) {
            HttpResponse<byte[]> r = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
            return r.statusCode();
        }

        private HttpResponse<byte[]> send(HttpRequest.Builder request) {
            if (!cookies.isEmpty()) {
                StringBuilder header = new StringBuilder();
                cookies.forEach((k, v) -> header.append(header.length() == 0 ? "" : "; ").append(k).append('=').append(v));
                request.header("Cookie", header.toString());
            }
            try {
                HttpResponse<byte[]> r = http.send(request.timeout(Duration.ofSeconds(120)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                for (String set : r.headers().allValues("Set-Cookie")) {
                    String pair = set.split(";", 2)[0];
                    int eq = pair.indexOf('=');
                    String value = pair.substring(eq + 1).trim();
                    if (value.isEmpty()) {
                        cookies.remove(pair.substring(0, eq).trim());
                    } else {
                        cookies.put(pair.substring(0, eq).trim(), value);
                    }
                }
                return r;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static String body(HttpResponse<byte[]> r) {
            return new String(r.body(), StandardCharsets.UTF_8);
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
