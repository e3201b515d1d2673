package dev.tupu.server;

import dev.tupu.service.DocumentViews;
import dev.tupu.ontology.Iris;
import dev.tupu.ontology.Tupu;
import dev.tupu.service.EntityViews;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plain HTML pages for people who follow an IRI in a browser: an entity, a document, a relation or entity mention.
 * Every value is escaped.
 */
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
                    body.append("<li>");
                    if (p.time() != null) {
                        body.append("<span class=time>").append(esc(when(p.time()))).append("</span> ");
                    }
                    body.append(highlight(p)).append(" <small>").append(esc(p.rule())).append("</small></li>");
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

    /**
     * A relation or entity mention ({@code ev/…}): what it states, its sentence with both ends marked, and every
     * property it has, tupu's IRIs linked to their pages.
     */
    static String evidence(String iri, Model model) {
        Resource mention = model.getResource(iri);
        boolean relation = mention.hasProperty(RDF.type, Tupu.RelationMention);
        StringBuilder body = new StringBuilder("<h1>").append(relation ? "Relation mention" : "Entity mention").append("</h1>");
        body.append("<p class=iri><code>").append(esc(iri)).append("</code></p>");
        if (relation) {
            Resource predicate = mention.getPropertyResourceValue(RDF.predicate);
            body.append("<p class=statement>").append(link(model, mention.getPropertyResourceValue(RDF.subject)))
                    .append(" <b>").append(esc(predicate == null ? "" : predicate.getLocalName())).append("</b> ")
                    .append(link(model, mention.getPropertyResourceValue(RDF.object))).append("</p>");
            String sentence = text(mention, Tupu.sentence);
            Integer at = integer(mention, Tupu.sentenceStart);
            if (sentence != null && at != null) {
                List<int[]> spans = new ArrayList<>();
                for (Property[] side : new Property[][] {{Tupu.subjectStart, Tupu.subjectEnd}, {Tupu.objectStart, Tupu.objectEnd},
                        {Tupu.timeTextStart, Tupu.timeTextEnd}}) {
                    Integer start = integer(mention, side[0]);
                    Integer end = integer(mention, side[1]);
                    if (start != null && end != null) {
                        spans.add(new int[] {start - at, end - at});
                    }
                }
                body.append("<blockquote>").append(marked(sentence, spans)).append("</blockquote>");
            }
        }
        body.append("<table>");
        for (Statement st : mention.listProperties().toList()) {
            body.append("<tr><th>").append(esc(model.shortForm(st.getPredicate().getURI()))).append("</th><td>")
                    .append(st.getObject().isURIResource() ? link(model, st.getResource())
                            : esc(st.getObject().asLiteral().getLexicalForm()))
                    .append("</td></tr>");
        }
        body.append("</table>");
        Optional<String> key = Iris.evidenceKey(iri);
        key.ifPresent(k -> body.append("<p><a href=\"/rdf/ev/").append(url(k)).append(".ttl\">Turtle</a></p>"));
        return page(relation ? "Relation mention" : "Entity mention", body.toString());
    }

    /** A link to the page of one of tupu's IRIs, with its label or title; other IRIs link to themselves. */
    private static String link(Model model, Resource r) {
        if (r == null) {
            return "";
        }
        String iri = r.getURI();
        String href = Iris.entityKey(iri).map(k -> "/page/" + url(k))
                .or(() -> Iris.documentId(iri).map(d -> "/doc/" + url(d)))
                .or(() -> Iris.evidenceKey(iri).map(k -> "/page/ev/" + url(k)))
                .orElse(iri);
        Resource named = model.getResource(iri);
        String label = Optional.ofNullable(text(named, RDFS.label)).or(() -> Optional.ofNullable(text(named, Tupu.title)))
                .orElse(model.shortForm(iri));
        return "<a href=\"" + esc(href) + "\">" + esc(label) + "</a>";
    }

    private static String text(Resource r, Property p) {
        Statement st = r.getProperty(p);
        return st == null || !st.getObject().isLiteral() ? null : st.getLiteral().getLexicalForm();
    }

    private static Integer integer(Resource r, Property p) {
        Statement st = r.getProperty(p);
        return st == null || !st.getObject().isLiteral() ? null : st.getInt();
    }

    /** A time as people read it: 2012; 2011–2012; from 2018-03; until 2004; or the text of an undated one. */
    static String when(EntityViews.Time t) {
        if (t.point() != null) {
            return t.point();
        }
        if (t.start() != null && t.end() != null) {
            return t.start() + "–" + t.end();
        }
        if (t.start() != null) {
            return "from " + t.start();
        }
        if (t.end() != null) {
            return "until " + t.end();
        }
        return t.text() + " (undated)";
    }

    private static String highlight(EntityViews.Provenance p) {
        return marked(p.sentence(), List.of(new int[] {p.subjectStartInSentence(), p.subjectEndInSentence()},
                new int[] {p.objectStartInSentence(), p.objectEndInSentence()}));
    }

    /** {@code s}, escaped, with the spans (offsets into it) marked; overlapping or out-of-range spans are left out. */
    private static String marked(String s, List<int[]> spans) {
        List<int[]> sorted = new ArrayList<>(spans);
        sorted.sort(java.util.Comparator.comparingInt(a -> a[0]));
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int[] span : sorted) {
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
                + ".iri{color:#666}th{text-align:left;padding-right:1em;font-weight:normal;color:#666}"
                + "td,th{vertical-align:top}.time{background:#e8f4e8;padding:0 .3em;border-radius:3px}</style></head><body>" + body + "</body></html>";
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
