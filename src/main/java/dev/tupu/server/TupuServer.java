package dev.tupu.server;

import dev.tupu.service.EntityService;
import dev.tupu.store.GraphStore;
import io.javalin.Javalin;
import jakarta.servlet.http.HttpServlet;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.websocket.server.config.JettyWebSocketServletContainerInitializer;

/**
 * The HTTP server: one Jetty, one port. Jena Fuseki serves the SPARQL 1.1 protocol at {@code /sparql} (read-only:
 * query by GET, POST form and POST direct, with content negotiation); every other path goes to the Javalin
 * application (REST under {@code /api}).
 */
public final class TupuServer implements AutoCloseable {
    public static final String SPARQL_PATH = "/sparql";
    private final FusekiServer fuseki;

    private TupuServer(FusekiServer fuseki) {
        this.fuseki = fuseki;
    }

    public static TupuServer start(ServerConfig config, GraphStore store) {
        ApiRoutes api = new ApiRoutes(new EntityService(store), store);
        Javalin app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.http.defaultContentType = "application/json";
            api.register(cfg.routes);
            ErrorResponses.register(cfg.routes);
        });
        DataService sparql = DataService.newBuilder(store.dataset().asDatasetGraph())
                .addEndpoint(Operation.Query)
                .build();
        FusekiServer fuseki = FusekiServer.create()
                .port(config.port())
                .loopback(config.loopbackOnly())
                .add(SPARQL_PATH, sparql)
                .addServlet("/*", (HttpServlet) app.javalinServlet())
                .build();
        // Javalin's servlet is a WebSocket servlet: the shared context needs Jetty's WebSocket components.
        ServletContextHandler context = fuseki.getJettyServer().getDescendant(ServletContextHandler.class);
        JettyWebSocketServletContainerInitializer.configure(context, null);
        fuseki.start();
        return new TupuServer(fuseki);
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    @Override
    public void close() {
        fuseki.stop();
    }
}
