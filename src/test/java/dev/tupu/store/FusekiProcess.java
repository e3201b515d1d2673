package dev.tupu.store;

import dev.tupu.ontology.Tupu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A standalone Apache Jena Fuseki server (the jena-fuseki-server jar Maven copies to target/fuseki before the
 * integration tests) on loopback, over a fresh TDB2 dataset {@code /ds} whose default graph is the union of its
 * named graphs, as tupu requires of a remote store.
 */
public final class FusekiProcess implements AutoCloseable {
    public static final Path JAR = Path.of("target/fuseki/jena-fuseki-server.jar");
    private final Process process;
    private final String url;

    private FusekiProcess(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    /** Starts Fuseki; {@code unionDefaultGraph} false gives a dataset tupu must refuse. */
    public static FusekiProcess start(boolean unionDefaultGraph) {
        try {
            if (!Files.isRegularFile(JAR)) {
                throw new IllegalStateException(JAR + " is missing: run the tests with 'mvn verify'");
            }
            Path dir = Files.createTempDirectory("tupu-fuseki-");
            Files.createDirectories(dir.resolve("db"));
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            List<String> command = new java.util.ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                    "-jar", JAR.toAbsolutePath().toString(), "--localhost", "--port", String.valueOf(port),
                    "--loc", dir.resolve("db").toString(), "--update"));
            if (unionDefaultGraph) {
                command.addAll(List.of("--set", "tdb:unionDefaultGraph=true"));
            }
            command.add("/ds");
            Process process = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("fuseki.log").toFile()).start();
            FusekiProcess fuseki = new FusekiProcess(process, "http://127.0.0.1:" + port + "/ds");
            fuseki.awaitPing(port);
            return fuseki;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitPing(int port) {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                var r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/$/ping")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Fuseki exited with " + process.exitValue());
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        close();
        throw new IllegalStateException("Fuseki did not start within 60 s");
    }

    /** The dataset URL, e.g. {@code http://127.0.0.1:41234/ds}. */
    public String url() {
        return url;
    }

    /** tupu's store over this dataset. */
    public GraphStore store() {
        return GraphStore.open(url, Tupu.PREFIXES);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
