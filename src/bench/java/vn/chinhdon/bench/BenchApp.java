package vn.chinhdon.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged application in its own process ({@code java -jar target/chinhdon.jar}, dev mode) on a data
 * directory, for the benchmarks that meet it over HTTP ({@link HttpBench}, {@link LoadBench}): starts it with
 * an administrator from {@code CHINHDON_BOOTSTRAP_ADMIN_*}, waits for {@code /actuator/health}, finds the
 * embedded PostgreSQL's port in the log, reads resident memory from {@code /proc}, and stops it.
 */
final class BenchApp implements AutoCloseable {

    static final String USER = "bench.admin";
    static final String PASSWORD = "bench-password-2026";

    final Process process;
    final String base;
    final String dataDir;
    final Path log;
    /** Milliseconds from the process start until {@code /actuator/health} answered 200. */
    final long startMs;
    /** Spring's own "Started … in N seconds", or "?". */
    final String springSeconds;
    /** Port of the embedded PostgreSQL, and its start time in milliseconds as the log states it. */
    final int pgPort;
    final String pgStartMs;

    private BenchApp(Process process, String base, String dataDir, Path log, long startMs, String springSeconds,
            int pgPort, String pgStartMs) {
        this.process = process;
        this.base = base;
        this.dataDir = dataDir;
        this.log = log;
        this.startMs = startMs;
        this.springSeconds = springSeconds;
        this.pgPort = pgPort;
        this.pgStartMs = pgStartMs;
    }

    /** Starts {@code jar} in dev mode on {@code dataDir} at {@code port} and waits (at most 5 minutes) until it is healthy. */
    static BenchApp start(String jar, String dataDir, int port, boolean demoData, Path log, List<String> extraArgs)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java"));
        String jvm = System.getProperty("bench.app-jvm", "");
        if (!jvm.isBlank()) {
            command.addAll(List.of(jvm.trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar, "--spring.profiles.active=dev", "--chinhdon.data-dir=" + dataDir,
                "--server.port=" + port));
        if (!demoData) {
            command.add("--chinhdon.demo-data=false");
        }
        command.addAll(extraArgs);
        Files.createDirectories(log.toAbsolutePath().getParent());
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("CHINHDON_BOOTSTRAP_ADMIN_USERNAME", USER);
        pb.environment().put("CHINHDON_BOOTSTRAP_ADMIN_PASSWORD", PASSWORD);
        long t0 = System.nanoTime();
        Process app = pb.start();
        String base = "http://127.0.0.1:" + port;
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (true) {
                if (!app.isAlive()) {
                    throw new IllegalStateException("the application stopped; see " + log);
                }
                try {
                    var r = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200) {
                        break;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("no answer from " + base + " in 5 minutes");
                }
                Thread.sleep(100);
            }
            long startMs = (System.nanoTime() - t0) / 1_000_000;
            String text = Files.readString(log);
            Matcher pg = Pattern.compile("Embedded PostgreSQL started on port (\\d+) .*\\((\\d+) ms\\)").matcher(text);
            Matcher started = Pattern.compile("Started ChinhDonApplication in ([0-9.]+) seconds").matcher(text);
            if (!pg.find()) {
                throw new IllegalStateException("no embedded PostgreSQL line in " + log);
            }
            return new BenchApp(app, base, dataDir, log, startMs, started.find() ? started.group(1) : "?",
                    Integer.parseInt(pg.group(1)), pg.group(2));
        } catch (IOException | InterruptedException | RuntimeException e) {
            app.destroy();
            app.waitFor();
            throw e;
        }
    }

    /** A JDBC connection to the embedded PostgreSQL's database as its superuser. */
    Connection jdbc() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres", "postgres", "");
    }

    /** The value of the {@code Authorization} header of the administrator (HTTP Basic). */
    static String basicAuthorization() {
        return "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** Resident memory of the JVM and of the PostgreSQL processes of the data directory, in KB. */
    record Memory(long jvmRssKb, int pgProcesses, long pgRssKb, long pgPssKb) {

        Memory max(Memory other) {
            return new Memory(Math.max(jvmRssKb, other.jvmRssKb), Math.max(pgProcesses, other.pgProcesses),
                    Math.max(pgRssKb, other.pgRssKb), Math.max(pgPssKb, other.pgPssKb));
        }

        String describe(String when) {
            return String.format("memory %s: JVM RSS %,d MB; PostgreSQL %d processes, RSS %,d MB, PSS %,d MB%n", when,
                    jvmRssKb / 1024, pgProcesses, pgRssKb / 1024, pgPssKb / 1024);
        }
    }

    /** RSS of the JVM, and of the PostgreSQL processes of the data directory (RSS and PSS: they share buffers). */
    Memory memory() throws IOException {
        long jvm = status(process.pid(), "VmRSS:");
        long pgRss = 0;
        long pgPss = 0;
        int processes = 0;
        for (long id : postgresPids()) {
            try {
                pgRss += status(id, "VmRSS:");
                pgPss += rollup(id, "Pss:");
                processes++;
            } catch (IOException | RuntimeException e) {
                // the process ended
            }
        }
        return new Memory(jvm, processes, pgRss, pgPss);
    }

    /** The PostgreSQL processes of the data directory: the postmaster, and its children (backends carry no directory). */
    List<Long> postgresPids() throws IOException {
        String dir = Path.of(dataDir).toAbsolutePath().toString();
        List<Long> pids = new ArrayList<>();
        try (var dirs = Files.list(Path.of("/proc"))) {
            for (Path p : dirs.filter(d -> d.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String[] cmd = new String(Files.readAllBytes(p.resolve("cmdline")), StandardCharsets.UTF_8).split("\0");
                    boolean ours = cmd[0].endsWith("/postgres") && inDirectory(cmd, dir);
                    if (!ours && Files.readString(p.resolve("comm")).trim().equals("postgres")) {
                        // backends carry no data directory in their command line: look at the parent
                        long parent = status(Long.parseLong(p.getFileName().toString()), "PPid:");
                        String[] pcmd = new String(Files.readAllBytes(Path.of("/proc", String.valueOf(parent), "cmdline")),
                                StandardCharsets.UTF_8).split("\0");
                        ours = pcmd[0].endsWith("/postgres") && inDirectory(pcmd, dir);
                    }
                    if (ours) {
                        pids.add(Long.parseLong(p.getFileName().toString()));
                    }
                } catch (IOException | RuntimeException e) {
                    // the process ended
                }
            }
        }
        return pids;
    }

    /** Whether an argument is the directory or a path inside it ({@code /tmp/province2} is not in {@code /tmp/province}). */
    private static boolean inDirectory(String[] args, String dir) {
        for (String a : args) {
            if (a.equals(dir) || a.startsWith(dir + "/")) {
                return true;
            }
        }
        return false;
    }

    /** CPU time (user + system) used so far by the JVM, in clock ticks. */
    long jvmTicks() {
        return ticks(process.pid());
    }

    /** CPU time (user + system) used so far by each PostgreSQL process alive now, in clock ticks. */
    Map<Long, Long> postgresTicks() throws IOException {
        Map<Long, Long> out = new HashMap<>();
        for (long id : postgresPids()) {
            out.put(id, ticks(id));
        }
        return out;
    }

    /**
     * CPU used by the PostgreSQL processes between two {@link #postgresTicks()}: what the processes alive at the end
     * used since the start (or since they started). A process that ended in between is not counted (a lower bound).
     */
    static long postgresTicksBetween(Map<Long, Long> before, Map<Long, Long> after) {
        long sum = 0;
        for (var e : after.entrySet()) {
            sum += Math.max(0, e.getValue() - before.getOrDefault(e.getKey(), 0L));
        }
        return sum;
    }

    private static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the command: state(0) ppid(1) ... utime(11) stime(12)
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** {@link #memory()} as one line of a report. */
    String memoryLine(String when) throws IOException {
        return memory().describe(when);
    }

    private static long status(long pid, String key) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith(key)) {
                return Long.parseLong(line.substring(key.length()).trim().split("\\s+")[0]);
            }
        }
        return 0;
    }

    private static long rollup(long pid, String key) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "smaps_rollup"))) {
            if (line.startsWith(key)) {
                return Long.parseLong(line.substring(key.length()).trim().split("\\s+")[0]);
            }
        }
        return 0;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
