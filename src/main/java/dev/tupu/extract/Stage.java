package dev.tupu.extract;

import java.util.Set;

/**
 * One step of the extraction pipeline. A stage reads the layers it {@link #needs()} and returns the annotation
 * with the layers it {@link #adds()}. Stages keep no state between texts that a caller could observe, but may hold
 * non-thread-safe tools (a segmenter): use one pipeline per thread.
 */
public interface Stage {

    /** The layers that must be present before this stage runs. */
    Set<Layer> needs();

    /** The layers this stage adds. */
    Set<Layer> adds();

    /** Returns {@code in} with this stage's layers added. */
    Annotation apply(Annotation in);

    default String name() {
        return getClass().getSimpleName();
    }
}
