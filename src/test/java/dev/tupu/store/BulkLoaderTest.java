package dev.tupu.store;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How load puts files into transactions. */
class BulkLoaderTest {
    private static QuadFiles.Checked file(String name, String... graphs) {
        return new QuadFiles.Checked(Path.of(name), Set.of(graphs));
    }

    private static List<List<String>> names(List<List<QuadFiles.Checked>> batches) {
        return batches.stream().map(b -> b.stream().map(c -> c.file().toString()).toList()).toList();
    }

    @Test
    void batches_hold_whole_files_up_to_the_limit_and_a_large_file_alone() {
        List<QuadFiles.Checked> files = List.of(file("a", "g1", "g2"), file("b", "g3"), file("c", "g4", "g5", "g6", "g7"),
                file("d", "g8"));
        assertEquals(List.of(List.of("a", "b"), List.of("c"), List.of("d")), names(BulkLoader.batches(files, 3)));
        assertEquals(List.of(List.of("a"), List.of("b"), List.of("c"), List.of("d")), names(BulkLoader.batches(files, 1)));
    }

    @Test
    void files_that_share_a_graph_are_written_by_one_transaction() {
        List<QuadFiles.Checked> files = List.of(file("a", "g1"), file("b", "g2"), file("c", "g3"), file("d", "g1"),
                file("e", "g3", "g4"));
        assertEquals(List.of(List.of("a", "d"), List.of("b"), List.of("c", "e")), names(BulkLoader.batches(files, 1)));
    }
}
