package dev.tupu.server;

import dev.tupu.service.InvalidRequestException;
import dev.tupu.service.NotFoundException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * One JSON shape for every error, Javalin's own: {@code {title, status, type, details}}. Service exceptions map to
 * 400 and 404; anything unexpected is logged and answered 500 without a stack trace.
 */
final class ErrorResponses {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private ErrorResponses() {
    }

    record ErrorBody(String title, int status, String type, Map<String, String> details) {
    }

    /** JSON answers need a client that takes JSON: otherwise 406, before any work is done. */
    static void requireJsonAcceptable(RoutesConfig routes) {
        routes.before("/api/*", ctx -> {
            String accept = ctx.header("Accept");
            boolean rdfExport = ctx.path().endsWith("/export");
            if (accept == null || accept.isBlank() || rdfExport) {
                return;
            }
            for (String part : accept.toLowerCase(java.util.Locale.ROOT).split(",")) {
                String type = part.split(";")[0].strip();
                if (type.equals("*/*") || type.equals("application/*") || type.equals("application/json")
                        || type.endsWith("+json")) {
                    return;
                }
            }
            throw new io.javalin.http.HttpResponseException(406,
                    "this endpoint answers application/json; the request accepts only " + accept);
        });
    }

    static void register(RoutesConfig routes) {
        routes.exception(InvalidRequestException.class, (e, ctx) -> write(ctx, 400, e.getMessage()));
        routes.exception(NotFoundException.class, (e, ctx) -> write(ctx, 404, e.getMessage()));
        routes.exception(HttpResponseException.class, (e, ctx) -> write(ctx, e.getStatus(), e.getMessage()));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
            write(ctx, 500, "internal error: " + e.getClass().getSimpleName());
        });
        routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                write(ctx, 404, "no route for " + ctx.method() + " " + ctx.path());
            }
        });
        routes.error(405, ctx -> write(ctx, 405, "method " + ctx.method() + " not allowed on " + ctx.path()));
        routes.error(413, ctx -> write(ctx, 413, "the request body is too large (at most "
                + TupuServer.MAX_BODY_BYTES / (1024 * 1024) + " MB)"));
    }

    static void write(Context ctx, int status, String message) {
        ctx.status(status).json(new ErrorBody(message, status, typeOf(status), Map.of()));
    }

    /** The error's {@code type}, as Javalin names its statuses (also for the filters in front of Jena). */
    static String typeOf(int status) {
        return switch (status) {
            case 400 -> "https://javalin.io/documentation#badrequestresponse";
            case 401 -> "https://javalin.io/documentation#unauthorizedresponse";
            case 403 -> "https://javalin.io/documentation#forbiddenresponse";
            case 404 -> "https://javalin.io/documentation#notfoundresponse";
            case 405 -> "https://javalin.io/documentation#methodnotallowedresponse";
            default -> "https://javalin.io/documentation#error-responses";
        };
    }
}
