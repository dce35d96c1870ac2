package app.tether.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * HAProxy from Debian's package, run in the foreground as a child process with the repository's
 * own configuration (deploy/haproxy/tether.cfg), its addresses given through the environment
 * variables that file reads.
 */
final class Haproxy implements AutoCloseable {

    static final Path CONFIG = Path.of("deploy", "haproxy", "tether.cfg");

    private final Process process;
    private final Thread hook;
    private final Path log;

    private Haproxy(Process process, Path log) {
        this.process = process;
        this.log = log;
        this.hook = new Thread(process::destroyForcibly, "kill-haproxy");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** The haproxy binary (TETHER_HAPROXY, else Debian's /usr/sbin/haproxy), if installed. */
    static Optional<Path> binary() {
        Path p = Path.of(System.getenv().getOrDefault("TETHER_HAPROXY", "/usr/sbin/haproxy"));
        return Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
    }

    /** Checks the configuration, then starts HAProxy listening on {@code listen}. */
    static Haproxy start(Path binary, Path workDir, int listen, int nodeA, int nodeB, int stats)
            throws IOException, InterruptedException {
        Map<String, String> env = Map.of(
                "TETHER_LISTEN", "127.0.0.1:" + listen,
                "TETHER_NODE_A", "127.0.0.1:" + nodeA,
                "TETHER_NODE_B", "127.0.0.1:" + nodeB,
                "TETHER_HAPROXY_STATS", "127.0.0.1:" + stats);
        Path log = workDir.resolve("haproxy.log");
        Process check = builder(List.of(binary.toString(), "-c", "-f", CONFIG.toAbsolutePath().toString()), env)
                .redirectOutput(workDir.resolve("haproxy-check.log").toFile()).start();
        if (!check.waitFor(30, TimeUnit.SECONDS) || check.exitValue() != 0) {
            check.destroyForcibly();
            throw new IllegalStateException("haproxy -c refused " + CONFIG + "; see " + workDir.resolve("haproxy-check.log"));
        }
        // -db: foreground, no daemon; logs go to stdout (the file's "log stdout").
        Process p = builder(List.of(binary.toString(), "-db", "-f", CONFIG.toAbsolutePath().toString()), env)
                .redirectOutput(log.toFile()).start();
        return new Haproxy(p, log);
    }

    private static ProcessBuilder builder(List<String> command, Map<String, String> env) {
        ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true);
        b.environment().putAll(env);
        return b;
    }

    boolean alive() {
        return process.isAlive();
    }

    Path log() {
        return log;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Shutting down already.
        }
    }
}
