import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Loopback load: CLIENTS concurrent clients for SECONDS seconds, then throughput and latency percentiles. Modes:
 * <ul>
 *   <li>{@code mix}: tupu's entity lookups (40%), searches (30%) and SPARQL queries (30%) over the seed graph;</li>
 *   <li>{@code sparql}: the SPARQL query mix {@link #CORPUS_QUERIES} at BASE + SPARQL_PATH, so tupu's /sparql and a
 *       standalone Fuseki's /ds/sparql get the same requests;</li>
 *   <li>{@code entities}: tupu's REST entity lookups, over 200 entities the server's SPARQL endpoint names.</li>
 * </ul>
 * Bounded: it stops by itself; it only talks to the base URL it is given, which must be on this machine.
 * Usage: java bench/LoadClient.java MODE http://127.0.0.1:7878 [clients=64] [seconds=30] [sparql path=/sparql]
 */
public class LoadClient {
    static final List<String> IDS = List.of("person-李沐", "project-mxnet", "project-tensorflow", "project-pytorch",
            "org-亚马逊", "org-百度", "person-陈天奇", "org-卡内基梅隆大学");
    static final List<String> SEARCHES = List.of("mxnet", "沐", "tensor", "大学", "Alex", "百度", "gluon", "亚马逊");
    static final List<String> QUERIES = List.of(
            "SELECT ?s ?o WHERE { ?s <https://tupu.dev/ontology#comparesTo> ?o } LIMIT 50",
            "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
            "SELECT ?l WHERE { ?e a <https://tupu.dev/ontology#Person> ; <http://www.w3.org/2000/01/rdf-schema#label> ?l }",
            "ASK { ?s <https://tupu.dev/ontology#leftTeam> ?o }");

    /** A query mix for a corpus graph: aggregates, joins, a label lookup, provenance, an ASK. */
    static final List<String> CORPUS_QUERIES = List.of(
            "SELECT ?t (COUNT(?e) AS ?n) WHERE { ?e a ?t } GROUP BY ?t ORDER BY DESC(?n) LIMIT 20",
            "SELECT ?p ?o WHERE { ?p <https://tupu.dev/ontology#worksFor> ?o } LIMIT 100",
            "SELECT ?e ?t WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?l ; a ?t FILTER(STR(?l) = \"北京\") }",
            "SELECT ?doc ?sentence WHERE { ?m a <https://tupu.dev/ontology#RelationMention> ; "
                    + "<http://www.w3.org/ns/prov#wasDerivedFrom> ?doc ; <https://tupu.dev/ontology#sentence> ?sentence } LIMIT 50",
            "SELECT ?d (COUNT(?e) AS ?n) WHERE { ?d <https://tupu.dev/ontology#mentions> ?e } GROUP BY ?d ORDER BY DESC(?n) LIMIT 10",
            "ASK { ?s <https://tupu.dev/ontology#founded> ?o }");

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        args = java.util.Arrays.copyOfRange(args, 1, args.length);
        String base = args[0];
        String host = URI.create(base).getHost();
        if (!host.equals("localhost") && !host.startsWith("127.") && !host.equals("[::1]")) {
            throw new IllegalArgumentException("loopback addresses only: " + host);
        }
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        String sparqlPath = args.length > 3 ? args[3] : "/sparql";
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<String> ids = mode.equals("entities") ? entityIds(http, base + sparqlPath) : IDS;
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        List<List<Long>> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                List<Long> mine = new ArrayList<>();
                RawHttp[] raw = new RawHttp[1];
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < deadline) {
                    int pick = random.nextInt(100);
                    String path = switch (mode) {
                        case "sparql" -> sparqlPath + "?query=" + enc(CORPUS_QUERIES.get(random.nextInt(CORPUS_QUERIES.size())));
                        case "entities" -> "/api/entities/" + enc(ids.get(random.nextInt(ids.size())));
                        default -> pick < 40 ? "/api/entities/" + enc(IDS.get(random.nextInt(IDS.size())))
                                : pick < 70 ? "/api/entities?q=" + enc(SEARCHES.get(random.nextInt(SEARCHES.size())))
                                : "/sparql?query=" + enc(QUERIES.get(random.nextInt(QUERIES.size())));
                    };
                    long started = System.nanoTime();
                    if (RAW) {
                        try {
                            if (raw[0] == null) {
                                raw[0] = new RawHttp(URI.create(base));
                            }
                            if (raw[0].get(path) != 200) {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                            raw[0] = null;
                        }
                        mine.add(System.nanoTime() - started);
                        continue;
                    }
                    try {
                        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                                .header("Accept", "application/json, application/sparql-results+json")
                                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    mine.add(System.nanoTime() - started);
                }
                latencies.add(mine);
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        List<Long> all = new ArrayList<>();
        latencies.forEach(all::addAll);
        Collections.sort(all);
        System.out.printf("%d clients, %d s: %d requests (%.0f/s), %d errors%n", clients, seconds, all.size(),
                all.size() / (double) seconds, errors.get());
        System.out.printf("latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n", pct(all, 0.50), pct(all, 0.90),
                pct(all, 0.99), all.isEmpty() ? 0 : all.get(all.size() - 1) / 1e6);
        System.exit(errors.get() == 0 ? 0 : 1);
    }

    /** Keys of 200 entities of the served graph (people, organisations, places, projects). */
    static List<String> entityIds(HttpClient http, String sparql) throws Exception {
        String query = "SELECT DISTINCT ?e WHERE { ?e a ?t FILTER(STRSTARTS(STR(?e), \"https://tupu.dev/id/\")) } LIMIT 200";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(sparql + "?query=" + enc(query)))
                .header("Accept", "text/csv").GET().build(), HttpResponse.BodyHandlers.ofString());
        List<String> ids = r.body().lines().skip(1).map(String::strip)
                .map(iri -> iri.substring("https://tupu.dev/id/".length())).toList();
        if (ids.isEmpty()) {
            throw new IllegalStateException("the server names no entities");
        }
        return ids;
    }

    /**
     * With -Draw=true each client keeps one HTTP/1.1 connection on a plain socket instead of the JDK HttpClient, whose
     * own CPU cost per request is about the server's: on a 2-core machine that shares client and server, the lighter
     * client leaves the measured latency to the server.
     */
    static final boolean RAW = Boolean.getBoolean("raw");

    /** A minimal keep-alive HTTP/1.1 GET client: Content-Length and chunked bodies, read and dropped. */
    static final class RawHttp {
        private final java.net.Socket socket;
        private final java.io.InputStream in;
        private final java.io.OutputStream out;
        private final String host;

        RawHttp(URI base) throws java.io.IOException {
            socket = new java.net.Socket(base.getHost(), base.getPort());
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(30_000);
            in = new java.io.BufferedInputStream(socket.getInputStream(), 1 << 16);
            out = socket.getOutputStream();
            host = base.getHost() + ":" + base.getPort();
        }

        int get(String path) throws java.io.IOException {
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host
                    + "\r\nAccept: application/json, application/sparql-results+json\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String status = line();
            int code = Integer.parseInt(status.split(" ")[1]);
            long length = -1;
            boolean chunked = false;
            boolean close = false;
            for (String h = line(); !h.isEmpty(); h = line()) {
                String lower = h.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    close = true;
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line().split(";")[0].strip(), 16); size > 0;
                     size = Long.parseLong(line().split(";")[0].strip(), 16)) {
                    skip(size);
                    line();
                }
                while (!line().isEmpty()) {
                    // trailers
                }
            } else if (length > 0) {
                skip(length);
            }
            if (close) {
                throw new java.io.IOException("server closed the connection");
            }
            return code;
        }

        private void skip(long n) throws java.io.IOException {
            while (n > 0) {
                long skipped = in.skip(n);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new java.io.EOFException();
                    }
                    skipped = 1;
                }
                n -= skipped;
            }
        }

        private String line() throws java.io.IOException {
            StringBuilder sb = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0 && c != '\n') {
                if (c != '\r') {
                    sb.append((char) c);
                }
            }
            if (c < 0) {
                throw new java.io.EOFException();
            }
            return sb.toString();
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static double pct(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) (p * sorted.size()))) / 1e6;
    }
}
