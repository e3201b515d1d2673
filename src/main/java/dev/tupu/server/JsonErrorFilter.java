package dev.tupu.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Puts Jena's own errors at {@code /sparql}, {@code /update} and {@code /data} (a parse error, a method not allowed,
 * a timeout: plain text from Fuseki) into tupu's one JSON error shape, with Jena's message as the title. A response
 * is held back only once its status is an error and it is not JSON already; results stream through untouched.
 */
final class JsonErrorFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ErrorCapture capture = new ErrorCapture((HttpServletResponse) response);
        chain.doFilter(request, capture);
        capture.finish();
    }

    /** A response that keeps the body of a non-JSON error to itself, to send it again as JSON. */
    private static final class ErrorCapture extends HttpServletResponseWrapper {
        private int status = SC_OK;
        private String message;
        private ByteArrayOutputStream held;
        private PrintWriter heldWriter;

        ErrorCapture(HttpServletResponse response) {
            super(response);
        }

        private boolean holding() {
            if (held == null && status >= 400 && !isJson(getContentType())) {
                held = new ByteArrayOutputStream();
            }
            return held != null;
        }

        private static boolean isJson(String type) {
            return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json");
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc, String msg) {
            status = sc;
            message = msg;
            super.setStatus(sc);
            holding();
        }

        @Override
        public void sendError(int sc) {
            sendError(sc, null);
        }

        @Override
        public void setContentLength(int len) {
            if (status < 400) {
                super.setContentLength(len);
            }
        }

        @Override
        public void setContentLengthLong(long len) {
            if (status < 400) {
                super.setContentLengthLong(len);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (!holding()) {
                return super.getOutputStream();
            }
            return new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("blocking writes only");
                }

                @Override
                public void write(int b) {
                    held.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    held.write(b, off, len);
                }
            };
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (!holding()) {
                return super.getWriter();
            }
            if (heldWriter == null) {
                heldWriter = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
            }
            return heldWriter;
        }

        /** Sends a held error again as JSON; anything else was already sent. */
        void finish() throws IOException {
            if (held == null || getResponse().isCommitted()) {
                return;
            }
            if (heldWriter != null) {
                heldWriter.flush();
            }
            String text = message != null ? message : held.toString(StandardCharsets.UTF_8).strip();
            if (text.isEmpty()) {
                text = "HTTP " + status;
            }
            getResponse().reset();
            FilterRefusal.send(getResponse(), status, text);
        }
    }
}
