package dev.tupu.cli;

import dev.tupu.ontology.Tupu;
import dev.tupu.store.GraphStore;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --store} option shared by the commands that use the TDB2 store. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "data/tdb2",
            description = "TDB2 store directory (default: ${DEFAULT-VALUE})")
    Path store;

    GraphStore open() {
        return GraphStore.open(store, Tupu.PREFIXES);
    }
}
