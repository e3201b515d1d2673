package dev.tupu.extract;

import dev.tupu.extract.names.TeamRecognizer;
import dev.tupu.extract.text.TextNormalizer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PipelineTest {
    @Test
    void refuses_to_build_when_a_stage_needs_a_layer_no_earlier_stage_adds() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new Pipeline(List.of(new TextNormalizer(s -> s), new TeamRecognizer())));
        assertTrue(e.getMessage().contains("CANDIDATES"));
    }
}
