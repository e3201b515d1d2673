package dev.tupu.server;

import dev.tupu.service.DocumentViews;
import dev.tupu.service.EntityViews;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plain HTML pages for people who follow an IRI in a browser: an entity, a document. Every value is escaped. */
final class HtmlPages {
    private HtmlPages() {
    }

    static String entity(EntityViews.Detail e) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(esc(e.label())).append(" <small>").append(esc(String.join(", ", e.types())))
                .append("</small></h1>");
        body.append("<p class=iri><code>").append(esc(e.iri())).append("</code></p>");
        if (!e.aliases().isEmpty()) {
            body.append("<p>Also known as: ").append(esc(String.join(" · ", e.aliases()))).append("</p>");
        }
        Map<String, List<EntityViews.RelationView>> byPredicate = new LinkedHashMap<>();
        List<EntityViews.RelationView> all = new ArrayList<>(e.outgoing());
        all.addAll(e.incoming());
        for (EntityViews.RelationView r : all) {
            String heading = r.direction().equals("outgoing") ? r.predicate() : "← " + r.predicate();
            byPredicate.computeIfAbsent(heading, k -> new ArrayList<>()).add(r);
        }
        for (var group : byPredicate.entrySet()) {
            body.append("<h2>").append(esc(group.getKey())).append("</h2><ul>");
            for (EntityViews.RelationView r : group.getValue()) {
                body.append("<li><a href=\"/page/").append(url(r.other().id())).append("\">")
                        .append(esc(r.other().label())).append("</a> <small>").append(r.confidence()).append("</small><ul>");
                for (EntityViews.Provenance p : r.provenance()) {
                    body.append("<li>").append(highlight(p)).append(" <small>").append(esc(p.rule())).append("</small></li>");
                }
                body.append("</ul></li>");
            }
            body.append("</ul>");
        }
        body.append("<p><a href=\"/rdf/").append(url(e.id())).append(".ttl\">Turtle</a></p>");
        return page(e.label(), body.toString());
    }

    static String document(DocumentViews.Detail d) {
        String text = d.text();
        boolean[] starts = new boolean[text.length() + 1];
        String[] hrefs = new String[text.length() + 1];
        int[] ends = new int[text.length() + 1];
        for (DocumentViews.EntityInDocument e : d.entities()) {
            for (DocumentViews.Span s : e.mentions()) {
                if (!starts[s.start()] || ends[s.start()] < s.end()) {
                    starts[s.start()] = true;
                    ends[s.start()] = s.end();
                    hrefs[s.start()] = "/page/" + url(e.id());
                }
            }
        }
        StringBuilder marked = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (starts[i]) {
                marked.append("<a class=m href=\"").append(hrefs[i]).append("\">").append(esc(text.substring(i, ends[i])))
                        .append("</a>");
                i = ends[i];
            } else {
                marked.append(esc(text.substring(i, i + 1)));
                i++;
            }
        }
        return page(d.title(), "<h1>" + esc(d.title()) + "</h1><p class=iri><code>" + esc(d.iri()) + "</code> · "
                + esc(d.sourcePath()) + "</p><div class=text>" + marked + "</div>");
    }

    private static String highlight(EntityViews.Provenance p) {
        String s = p.sentence();
        int[][] spans = {{p.subjectStartInSentence(), p.subjectEndInSentence()}, {p.objectStartInSentence(), p.objectEndInSentence()}};
        java.util.Arrays.sort(spans, java.util.Comparator.comparingInt(a -> a[0]));
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int[] span : spans) {
            if (span[0] < at || span[1] > s.length() || span[0] < 0) {
                continue;
            }
            out.append(esc(s.substring(at, span[0]))).append("<mark>").append(esc(s.substring(span[0], span[1]))).append("</mark>");
            at = span[1];
        }
        return out.append(esc(s.substring(at))).toString();
    }

    private static String page(String title, String body) {
        return "<!doctype html><html lang=zh><head><meta charset=utf-8><title>" + esc(title) + " · tupu</title>"
                + "<style>body{font:16px/1.6 sans-serif;max-width:60em;margin:2em auto;padding:0 1em}"
                + "mark{background:#ffe58a}.m{background:#e6f0ff;text-decoration:none}.text{white-space:pre-wrap}"
                + ".iri{color:#666}</style></head><body>" + body + "</body></html>";
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static String url(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
