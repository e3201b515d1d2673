package dev.tupu.store;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.DSP;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.system.Txn;

import java.io.OutputStream;
import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A store on another server: any SPARQL 1.1 dataset over HTTP, such as Apache Jena Fuseki. The dataset URL
 * ({@code http://host:3030/ds}) takes queries (SPARQL 1.1 Protocol) and graph writes (Graph Store Protocol), as
 * Fuseki's dataset URL does. Its default graph must be the union of its named graphs (Fuseki with TDB2:
 * {@code tdb2:unionDefaultGraph true}); {@link #connect} checks that when the store holds data. User and password
 * may be given in the URL ({@code http://user:secret@host:3030/ds}) for HTTP Basic authentication.
 * <p>
 * A batch of new documents is one POST of their quads to the dataset, a document that may be stored already one
 * Graph Store PUT: each atomic at the server ({@link #writeGraphs}).
 */
public final class RemoteStore implements GraphStore {
    private final String url;
    private final HttpClient http;
    private final PrefixMapping prefixes;
    private final RemoteDatasetGraph view;
    private final Dataset dataset;
    private volatile boolean datasetPosts = true;

    private RemoteStore(String url, HttpClient http, PrefixMapping prefixes) {
        this.url = url;
        this.http = http;
        this.prefixes = prefixes;
        this.view = new RemoteDatasetGraph(this::select);
        this.dataset = DatasetFactory.wrap(view);
    }

    /** Connects to the dataset at {@code location} and checks that it answers and that its default graph is the union. */
    public static RemoteStore connect(String location, PrefixMapping prefixes) {
        URI uri;
        try {
            uri = URI.create(location);
        } catch (IllegalArgumentException e) {
            throw new StoreException("not a store URL: " + location, e);
        }
        HttpClient.Builder client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL);
        String withoutUser = location;
        if (uri.getRawUserInfo() != null) {
            String[] userInfo = uri.getRawUserInfo().split(":", 2);
            String user = URLDecoder.decode(userInfo[0], StandardCharsets.UTF_8);
            char[] password = userInfo.length > 1 ? URLDecoder.decode(userInfo[1], StandardCharsets.UTF_8).toCharArray() : new char[0];
            client.authenticator(new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            });
            withoutUser = location.replace(uri.getRawUserInfo() + "@", "");
        }
        RemoteQueryEngine.register();
        RemoteStore store = new RemoteStore(withoutUser, client.build(), prefixes);
        store.checkUnionDefaultGraph();
        return store;
    }

    private RowSet select(Query query) {
        try {
            // Read to the end here: the HTTP response is released at once, and errors surface at this call.
            try (QueryExec qe = QueryExecHTTP.service(url).httpClient(http).query(query).build()) {
                return qe.select().materialize();
            }
        } catch (RuntimeException e) {
            throw new StoreException("the store " + url + " did not answer a query: " + e.getMessage(), e);
        }
    }

    /** An ASK with the given variables bound, answered by the store. */
    private boolean ask(String query, Map<String, Node> values) {
        var builder = QueryExecHTTP.service(url).httpClient(http).query(QueryFactory.create(query));
        for (var value : values.entrySet()) {
            builder = builder.substitution(value.getKey(), value.getValue());
        }
        try (QueryExec qe = builder.build()) {
            return qe.ask();
        } catch (RuntimeException e) {
            throw new StoreException("the store " + url + " did not answer a query: " + e.getMessage(), e);
        }
    }

    /** Queries read the default graph; tupu's data is in named graphs: the two must agree, or every answer is empty. */
    private void checkUnionDefaultGraph() {
        RowSet sample = select(QueryFactory.create("SELECT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } LIMIT 1"));
        if (!sample.hasNext()) {
            return;
        }
        Binding row = sample.next();
        if (!ask("ASK { ?s ?p ?o }", Map.of("s", row.get("s"), "p", row.get("p"), "o", row.get("o")))) {
            throw new StoreException("the store " + url + " keeps its default graph apart from its named graphs; "
                    + "tupu needs the default graph to be their union (Fuseki with TDB2: tdb2:unionDefaultGraph true, "
                    + "or --set tdb:unionDefaultGraph=true)", null);
        }
    }

    @Override
    public String location() {
        return url;
    }

    @Override
    public Dataset dataset() {
        return dataset;
    }

    @Override
    public boolean writableDataset() {
        return false;
    }

    /**
     * Graphs the store did not hold go together in one POST of their quads to the dataset URL (the dataset side of
     * the Graph Store Protocol, as Jena's DSP and Fuseki have it: one request and, at Fuseki, one transaction, so each
     * document arrives whole or not at all); a graph the store may hold is replaced with a PUT of its own. A server
     * that takes no quads at the dataset URL gets a PUT for every graph from then on.
     */
    @Override
    public void writeGraphs(List<GraphWrite> writes) {
        List<GraphWrite> fresh = writes.stream().filter(w -> !w.existed()).toList();
        if (fresh.size() > 1 && datasetPosts) {
            try {
                postQuads(fresh);
                writes.stream().filter(GraphWrite::existed).forEach(w -> put(w.graphIri(), w.graph()));
                return;
            } catch (HttpException e) {
                if (!List.of(404, 405, 415, 501).contains(e.getStatusCode())) {
                    throw new StoreException("the store " + url + " refused " + fresh.size() + " graphs: "
                            + e.getMessage(), e);
                }
                datasetPosts = false;
            }
        }
        writes.forEach(w -> put(w.graphIri(), w.graph())); // PUT replaces: no delete first
    }

    private void postQuads(List<GraphWrite> writes) {
        DatasetGraph quads = DatasetGraphFactory.createGeneral();
        for (GraphWrite w : writes) {
            quads.addGraph(NodeFactory.createURI(w.graphIri()), w.graph());
        }
        DSP.service(url).httpClient(http).contentType(RDFFormat.NQUADS).POST(quads);
    }

    private void put(String graphIri, Graph graph) {
        try {
            GSP.service(url).httpClient(http).graphName(graphIri).PUT(graph);
        } catch (RuntimeException e) {
            throw new StoreException("the store " + url + " refused the graph " + graphIri + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean removeGraph(String graphIri) {
        boolean had = ask("ASK { GRAPH ?g { ?s ?p ?o } }", Map.of("g", NodeFactory.createURI(graphIri)));
        if (had) {
            try {
                GSP.service(url).httpClient(http).graphName(graphIri).DELETE();
            } catch (RuntimeException e) {
                throw new StoreException("the store " + url + " did not delete " + graphIri + ": " + e.getMessage(), e);
            }
        }
        return had;
    }

    @Override
    public <T> T read(Function<Dataset, T> work) {
        return Txn.calculateRead(dataset, () -> work.apply(dataset));
    }

    @Override
    public long tripleCount() {
        return count("SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }");
    }

    @Override
    public long quadCount() {
        return count("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
    }

    private long count(String query) {
        RowSet rows = select(QueryFactory.create(query));
        return rows.hasNext() ? ((Number) rows.next().get("n").getLiteralValue()).longValue() : 0;
    }

    @Override
    public void export(OutputStream out, RDFFormat format) {
        RowSet rows = select(QueryFactory.create("SELECT ?g ?s ?p ?o { GRAPH ?g { ?s ?p ?o } }"));
        Iterator<Quad> quads = Iter.map(rows, r -> Quad.create(r.get("g"), r.get("s"), r.get("p"), r.get("o")));
        QuadExport.write(quads, prefixes, out, format);
    }

    @Override
    public void close() {
        // Nothing is held open: each request is its own HTTP exchange.
    }
}
