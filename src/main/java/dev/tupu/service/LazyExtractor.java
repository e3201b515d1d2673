package dev.tupu.service;

import dev.tupu.extract.Extractor;
import dev.tupu.extract.Pipeline;
import dev.tupu.model.Extraction;

import java.util.function.Supplier;

/** An extractor whose pipeline (and its models) is built on first use. Callers serialise use: not thread-safe. */
public final class LazyExtractor implements Extractor {
    private final Supplier<Pipeline> factory;
    private Pipeline pipeline;

    public LazyExtractor(Supplier<Pipeline> factory) {
        this.factory = factory;
    }

    @Override
    public synchronized Extraction extract(String text, java.time.LocalDate date) {
        if (pipeline == null) {
            pipeline = factory.get();
        }
        return pipeline.extract(text, date);
    }
}
