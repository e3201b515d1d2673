package dev.tupu.extract;

import dev.tupu.model.Extraction;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Runs stages in order over one text. Refuses to build when a stage needs a layer no earlier stage adds.
 * Not thread-safe (stages may hold a segmenter): one pipeline per thread.
 */
public final class Pipeline implements Extractor {
    private final List<Stage> stages;

    public Pipeline(List<Stage> stages) {
        Set<Layer> present = EnumSet.noneOf(Layer.class);
        for (Stage stage : stages) {
            for (Layer need : stage.needs()) {
                if (!present.contains(need)) {
                    throw new IllegalArgumentException(stage.name() + " needs " + need + ", which no earlier stage adds");
                }
            }
            present.addAll(stage.adds());
        }
        this.stages = List.copyOf(stages);
    }

    /** Extracts entities and relations from {@code text}; offsets in the result index into {@code text}. */
    @Override
    public Extraction extract(String text, java.time.LocalDate date) {
        Annotation annotation = annotate(text, date);
        return new Extraction(text, annotation.sentences(), annotation.mentions(), annotation.entities(),
                annotation.relations());
    }

    /** Every layer the stages add, for callers that need more than the result (training reads the tokens). */
    public Annotation annotate(String text) {
        return annotate(text, null);
    }

    /** Every layer the stages add, for a text of publication date {@code date} (null: unknown). */
    public Annotation annotate(String text, java.time.LocalDate date) {
        Annotation annotation = Annotation.of(text, date);
        for (Stage stage : stages) {
            annotation = stage.apply(annotation);
        }
        return annotation;
    }
}
