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
 * Loopback load for tupu: CLIENTS concurrent clients for SECONDS seconds over a mix of entity lookups (40%),
 * searches (30%) and SPARQL queries (30%), then latency percentiles. Bounded: it stops by itself; it only talks to
 * the base URL it is given, which must be on this machine.
 * Usage: java bench/LoadClient.java http://127.0.0.1:7878 [clients=64] [seconds=30]
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

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String host = URI.create(base).getHost();
        if (!host.equals("localhost") && !host.startsWith("127.") && !host.equals("[::1]")) {
            throw new IllegalArgumentException("loopback addresses only: " + host);
        }
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        List<List<Long>> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                List<Long> mine = new ArrayList<>();
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < deadline) {
                    int pick = random.nextInt(100);
                    String path = pick < 40 ? "/api/entities/" + enc(IDS.get(random.nextInt(IDS.size())))
                            : pick < 70 ? "/api/entities?q=" + enc(SEARCHES.get(random.nextInt(SEARCHES.size())))
                            : "/sparql?query=" + enc(QUERIES.get(random.nextInt(QUERIES.size())));
                    long started = System.nanoTime();
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

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static double pct(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) (p * sorted.size()))) / 1e6;
    }
}
