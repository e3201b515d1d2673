package dev.tupu.server;

import dev.tupu.extract.Pipelines;
import dev.tupu.rdf.GraphMapper;
import dev.tupu.service.DocumentService;
import dev.tupu.service.EntityService;
import dev.tupu.service.GraphService;
import dev.tupu.service.IngestService;
import dev.tupu.service.LazyExtractor;
import dev.tupu.store.GraphStore;
import io.javalin.Javalin;
import jakarta.servlet.http.HttpServlet;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.websocket.server.config.JettyWebSocketServletContainerInitializer;

import java.time.Clock;
import java.util.List;

/**
 * The HTTP server: one Jetty, one port. Jena Fuseki serves the SPARQL 1.1 protocol: queries at {@code /sparql}
 * (GET, POST form and POST direct, content negotiation, per-request {@code timeout} capped by the server's), SPARQL
 * Update at {@code /update} and the Graph Store Protocol at {@code /data} (reads open, writes need the token and name
 * their graph; the default graph is the union of the documents' graphs, as queries see it). Every other path goes to
 * the Javalin application (REST under {@code /api}).
 */
public final class TupuServer implements AutoCloseable {
    public static final String SPARQL_PATH = "/sparql";
    public static final String UPDATE_PATH = "/update";
    public static final String DATA_PATH = "/data";
    private final FusekiServer fuseki;
    private final List<RouteTable.Route> routes;

    private TupuServer(FusekiServer fuseki, List<RouteTable.Route> routes) {
        this.fuseki = fuseki;
        this.routes = List.copyOf(routes);
    }

    /** Largest request body accepted (a document to ingest); larger ones answer 413. */
    public static final long MAX_BODY_BYTES = 64L * 1024 * 1024;

    public static TupuServer start(ServerConfig config, GraphStore store) {
        TokenGuard guard = new TokenGuard(config.token());
        // Loading the models takes seconds: only the first ingest pays for it.
        IngestService ingest = new IngestService(new LazyExtractor(() -> new Pipelines().newPipeline()), new GraphMapper(), store, Clock.systemUTC());
        EntityService entities = new EntityService(store);
        DocumentService documents = new DocumentService(store, ingest);
        GraphService graph = new GraphService(store);
        ApiRoutes api = new ApiRoutes(entities, documents, graph, store, guard);
        LinkedDataRoutes linkedData = new LinkedDataRoutes(entities, documents, graph);
        DocsRoutes docs = new DocsRoutes();
        List<RouteTable.Route> registered = new java.util.ArrayList<>();
        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.startupWatcherEnabled = false; // Jetty is started by Fuseki, not by Javalin
            cfg.http.defaultContentType = "application/json";
            cfg.http.maxRequestSize = MAX_BODY_BYTES;
            cfg.staticFiles.enableWebjars();
            cfg.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/ui";
                files.location = io.javalin.http.staticfiles.Location.CLASSPATH;
            });
            RouteTable table = new RouteTable(cfg.routes);
            api.register(table);
            linkedData.register(table);
            docs.register(table);
            registered.addAll(table.registered());
            ErrorResponses.requireJsonAcceptable(cfg.routes);
            ErrorResponses.register(cfg.routes);
        });
        var dataset = store.dataset().asDatasetGraph();
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(config.queryTimeout().toMillis()));
        dataset.getContext().set(ARQ.httpServiceAllowed, config.allowService());
        FusekiServer.Builder builder = FusekiServer.create()
                .port(config.port())
                .loopback(config.loopbackOnly())
                .registerOperation(Operation.Query, new RowCappedQuery(config.maxRows()))
                .add(SPARQL_PATH, DataService.newBuilder(dataset).addEndpoint(Operation.Query).build())
                .addFilter(SPARQL_PATH, new JsonErrorFilter())
                .addFilter(SPARQL_PATH, new QueryProtocolFilter())
                .addFilter(DATA_PATH, new JsonErrorFilter());
        if (store.writableDataset()) {
            builder.add(UPDATE_PATH, DataService.newBuilder(dataset).addEndpoint(Operation.Update).build())
                    .add(DATA_PATH, DataService.newBuilder(new UnionDefaultGraph(dataset)).addEndpoint(Operation.GSP_RW).build())
                    .addFilter(UPDATE_PATH, new JsonErrorFilter())
                    .addFilter(UPDATE_PATH, new WriteFilter(guard, true))
                    .addFilter(DATA_PATH, new WriteFilter(guard, false))
                    .addFilter(DATA_PATH, new DefaultGraphWriteFilter());
        } else {
            // A remote store takes SPARQL Update at its own endpoint; here its graphs can be read (its default graph
            // is already the union: RemoteStore checks that).
            builder.add(DATA_PATH, DataService.newBuilder(dataset).addEndpoint(Operation.GSP_R).build());
        }
        if (!config.allowService()) {
            builder.addFilter(SPARQL_PATH, new RemoteAccessFilter(false));
            if (store.writableDataset()) {
                builder.addFilter(UPDATE_PATH, new RemoteAccessFilter(true));
            }
        }
        FusekiServer fuseki = builder.addServlet("/*", (HttpServlet) app.javalinServlet()).build();
        // Javalin's servlet is a WebSocket servlet: the shared context needs Jetty's WebSocket components.
        ServletContextHandler context = fuseki.getJettyServer().getDescendant(ServletContextHandler.class);
        JettyWebSocketServletContainerInitializer.configure(context, null);
        fuseki.start();
        return new TupuServer(fuseki, registered);
    }

    /** The Javalin routes this server registered, as {@code METHOD path}. */
    public List<String> routes() {
        return routes.stream().map(r -> r.method() + " " + r.path()).toList();
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    @Override
    public void close() {
        fuseki.stop();
    }
}
