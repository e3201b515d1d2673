package dev.tupu.cli;

import dev.tupu.ontology.Tupu;
import dev.tupu.service.InvalidRequestException;
import dev.tupu.store.GraphStore;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Runs a SPARQL query over the graph (the union of all documents). The tupu, rdf, rdfs, "
                + "prov, dcterms and skos prefixes are predeclared.",
        footer = {"", "Examples:", "  tupu query 'SELECT ?p ?o { ?s rdfs:label \"MXNet\" ; ?p ?o }'",
                "  tupu query --file queries/left-team.rq --format csv"})
final class QueryCommand implements Callable<Integer> {
    @Mixin
    StoreOption storeOption;

    @ArgGroup(multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "QUERY", description = "the query text")
        String text;

        @Option(names = "--file", paramLabel = "F.rq", description = "read the query from a file")
        Path file;
    }

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE})")
    String format;

    @Override
    public Integer call() throws IOException {
        String text = source.file != null ? Files.readString(source.file) : source.text;
        Query query = new Query();
        // Predeclared prefixes, without shifting the line numbers of syntax errors; the query may add its own.
        query.setPrefixMapping(org.apache.jena.shared.PrefixMapping.Factory.create().setNsPrefixes(Tupu.PREFIXES));
        try {
            QueryFactory.parse(query, text, null, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            throw new InvalidRequestException("SPARQL syntax error: " + e.getMessage());
        }
        if (!format.matches("table|json|csv")) {
            throw new InvalidRequestException("unknown format '" + format + "'; use table, json or csv");
        }
        try (GraphStore store = storeOption.open()) {
            store.read(ds -> {
                try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                    if (query.isSelectType()) {
                        var rs = qe.execSelect();
                        switch (format) {
                            case "json" -> ResultSetFormatter.outputAsJSON(System.out, rs);
                            case "csv" -> ResultSetFormatter.outputAsCSV(System.out, rs);
                            default -> ResultSetFormatter.out(System.out, rs, query);
                        }
                    } else if (query.isAskType()) {
                        boolean answer = qe.execAsk();
                        if (format.equals("json")) {
                            ResultSetFormatter.outputAsJSON(System.out, answer);
                        } else {
                            System.out.println(answer);
                        }
                    } else {
                        var model = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                        model.setNsPrefixes(Tupu.PREFIXES);
                        RDFDataMgr.write(System.out, model, format.equals("json") ? RDFFormat.JSONLD11 : RDFFormat.TURTLE_PRETTY);
                    }
                }
                return null;
            });
        }
        return 0;
    }

}
