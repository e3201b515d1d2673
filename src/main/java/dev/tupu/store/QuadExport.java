package dev.tupu.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

import java.io.OutputStream;
import java.util.Iterator;

/** Writes a store's quads: every named graph for TriG and N-Quads, the union of the named graphs for triple formats. */
final class QuadExport {
    private QuadExport() {
    }

    static void write(Iterator<Quad> quads, PrefixMapping prefixes, OutputStream out, RDFFormat format) {
        Lang lang = format.getLang();
        if (lang.equals(Lang.TRIG) || lang.equals(Lang.NQUADS)) {
            DatasetGraph copy = DatasetGraphFactory.createTxnMem();
            copy.prefixes().putAll(prefixes);
            quads.forEachRemaining(copy::add);
            RDFWriter.source(copy).format(format).output(out);
        } else {
            Graph union = GraphFactory.createDefaultGraph();
            union.getPrefixMapping().setNsPrefixes(prefixes);
            quads.forEachRemaining(q -> {
                if (!q.isDefaultGraph()) {
                    union.add(q.asTriple());
                }
            });
            RDFWriter.source(union).format(format).output(out);
        }
    }
}
