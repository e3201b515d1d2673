package dev.tupu.cli;

import dev.tupu.ontology.Tupu;
import dev.tupu.store.GraphStore;
import picocli.CommandLine.Option;

/** The {@code --store} option shared by the commands that use the store. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR|URL", defaultValue = "data/tdb2",
            description = "a TDB2 store directory, or the URL of a SPARQL 1.1 dataset such as "
                    + "http://127.0.0.1:3030/ds (default: ${DEFAULT-VALUE})")
    String store;

    GraphStore open() {
        return GraphStore.open(store, Tupu.PREFIXES);
    }
}
