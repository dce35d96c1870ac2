package app.tether.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import app.tether.base.db.EmbeddedMariaDb;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.env.Environment;
import java.util.concurrent.TimeUnit;

/**
 * A Tether node in its own JVM ({@link NodeMain}, from this test JVM's classpath), logging to a
 * file under the scenario's folder. Stopped with SIGTERM ({@link #stopGracefully}) or SIGKILL
 * ({@link #kill}); {@link #close} kills it whatever happened, and a shutdown hook does the same
 * should the test JVM end first.
 */
final class NodeProcess implements AutoCloseable {

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;
    private final Thread hook;
    private final long startedNanos = System.nanoTime();

    private NodeProcess(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
        this.hook = new Thread(process::destroyForcibly, "kill-" + name);
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Starts {@link NodeMain} with {@code properties} as command-line arguments (--key=value). */
    static NodeProcess start(String name, int port, Path workDir, Map<String, String> properties) throws IOException {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true", "-cp", classpath(), NodeMain.class.getName(),
                "--server.port=" + port));
        properties.forEach((k, v) -> command.add("--" + k + "=" + v));
        Path log = workDir.resolve(name + ".log");
        Files.createDirectories(workDir);
        // What was run, to start the node again by hand when a scenario needs looking into.
        Files.writeString(workDir.resolve(name + ".command"), String.join(" \\\n  ", command) + "\n");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        return new NodeProcess(name, port, log, process);
    }

    /** What every node gets: the test's database, audit key and two-factor key; no demo. */
    static Map<String, String> sharedProperties(ReliabilityRun run) {
        Environment env = run.context().getEnvironment();
        Map<String, String> p = new LinkedHashMap<>();
        EmbeddedMariaDb embedded = run.context().getBeanProvider(EmbeddedMariaDb.class).getIfAvailable();
        if (embedded != null) {
            p.put("spring.datasource.url", embedded.jdbcUrl());
            p.put("spring.datasource.username", embedded.username());
            p.put("spring.datasource.password", embedded.password());
        } else {
            p.put("spring.datasource.url", env.getRequiredProperty("spring.datasource.url"));
            p.put("spring.datasource.username", env.getRequiredProperty("spring.datasource.username"));
            p.put("spring.datasource.password", env.getRequiredProperty("spring.datasource.password"));
        }
        p.put("tether.embedded-db.enabled", "false");
        p.put("tether.demo.enabled", "false");
        p.put("tether.audit.key-file", env.getRequiredProperty("tether.audit.key-file"));
        p.put("tether.two-factor.key-file", env.getRequiredProperty("tether.two-factor.key-file"));
        p.put("server.address", "127.0.0.1");
        p.put("vaadin.devmode.devTools.enabled", "false");
        // Every browser of the harness comes from 127.0.0.1, which other scenarios also sign in
        // from: the per-address limit would mix them up. The per-user limit is what (c) checks.
        p.put("tether.sign-in.throttle.per-address", "1000");
        return p;
    }

    static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * The test classpath. Surefire starts its fork from a manifest-only jar but sets
     * {@code java.class.path} to the full test classpath (checked: the node's .command file lists
     * target/test-classes, target/classes and every jar); were it the booter jar alone, that would
     * still do while this JVM lives, as its manifest lists the classpath.
     */
    static String classpath() {
        return System.getProperty("java.class.path");
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    Path log() {
        return log;
    }

    /** Waits until /actuator/health/readiness answers 200; returns the time since start, in ms. */
    long awaitReady(Duration max) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + max.toNanos();
        URI uri = URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness");
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " ended with exit code " + process.exitValue()
                        + " before it was ready; see " + log);
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " not ready within " + max + "; see " + log);
    }

    /** Waits (bounded) until the log has a line containing one of {@code texts}. */
    boolean awaitLog(Duration max, String... texts) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < deadline) {
            for (String text : texts) {
                if (logContains(text)) {
                    return true;
                }
            }
            if (!process.isAlive()) {
                return false;
            }
            Thread.sleep(200);
        }
        return false;
    }

    boolean logContains(String text) {
        try {
            // Decoded leniently: a log line may hold anything a request carried.
            return new String(Files.readAllBytes(log), StandardCharsets.UTF_8).contains(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGTERM, then waits for the exit; returns the exit code, or -1 if it had to be killed. */
    int stopGracefully(Duration max) throws InterruptedException {
        process.destroy();
        if (process.waitFor(max.toMillis(), TimeUnit.MILLISECONDS)) {
            return process.exitValue();
        }
        kill();
        return -1;
    }

    /** SIGKILL: the node ends at once, as in a power cut of its machine. */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        return process.isAlive() ? -1 : process.exitValue();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down: the hook runs anyway.
        }
    }
}
