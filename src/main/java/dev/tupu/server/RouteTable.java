package dev.tupu.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;

import java.util.ArrayList;
import java.util.List;

/** Registers routes with Javalin and remembers them, so the API description can be checked against them. */
final class RouteTable {
    /** One registered route, e.g. {@code GET /api/entities/{id}}. */
    record Route(String method, String path) {
    }

    private final RoutesConfig routes;
    private final List<Route> registered = new ArrayList<>();

    RouteTable(RoutesConfig routes) {
        this.routes = routes;
    }

    void get(String path, Handler handler) {
        routes.get(path, handler);
        registered.add(new Route("GET", path));
    }

    void post(String path, Handler handler) {
        routes.post(path, handler);
        registered.add(new Route("POST", path));
    }

    void delete(String path, Handler handler) {
        routes.delete(path, handler);
        registered.add(new Route("DELETE", path));
    }

    List<Route> registered() {
        return List.copyOf(registered);
    }
}
