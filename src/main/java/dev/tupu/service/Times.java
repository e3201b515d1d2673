package dev.tupu.service;

import dev.tupu.ontology.Tupu;
import dev.tupu.service.EntityViews.Time;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;

/**
 * Reads the time of a relation mention ({@code tupu:pointInTime}, {@code startTime}, {@code endTime},
 * {@code timeText} and its offsets) into its JSON view, from a query row or from the mention's resource.
 */
final class Times {
    private Times() {
    }

    /** The time of a row of {@code relations.rq} or {@code timeline.rq}, or null when the mention has none. */
    static Time of(QuerySolution row) {
        return of(row.get("pointInTime"), row.get("startTime"), row.get("endTime"), row.get("timeText"),
                row.get("timeTextStart"), row.get("timeTextEnd"));
    }

    /** The time of relation mention {@code mention}, or null when it has none. */
    static Time of(Resource mention) {
        return of(value(mention, Tupu.pointInTime), value(mention, Tupu.startTime), value(mention, Tupu.endTime),
                value(mention, Tupu.timeText), value(mention, Tupu.timeTextStart), value(mention, Tupu.timeTextEnd));
    }

    private static Time of(RDFNode point, RDFNode start, RDFNode end, RDFNode text, RDFNode textStart, RDFNode textEnd) {
        if (point == null && start == null && end == null && text == null) {
            return null;
        }
        return new Time(lexical(point), lexical(start), lexical(end), lexical(text), integer(textStart), integer(textEnd));
    }

    private static RDFNode value(Resource r, Property p) {
        Statement st = r.getProperty(p);
        return st == null ? null : st.getObject();
    }

    private static String lexical(RDFNode node) {
        return node != null && node.isLiteral() ? node.asLiteral().getLexicalForm() : null;
    }

    private static Integer integer(RDFNode node) {
        return node != null && node.isLiteral() ? node.asLiteral().getInt() : null;
    }
}
