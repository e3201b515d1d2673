package dev.tupu.extract.hanlp;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.model.perceptron.PerceptronLexicalAnalyzer;
import com.hankcs.hanlp.model.perceptron.model.LinearModel;
import com.hankcs.hanlp.model.perceptron.tagset.NERTagSet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

/**
 * The trained perceptron models shipped in the jar ({@code models/cws.bin.gz}, {@code pos.bin.gz},
 * {@code ner.bin.gz}, made by {@code tupu train}). Loaded once; the models are only read while decoding, so one
 * copy serves every thread.
 */
public final class PerceptronModels {
    private static volatile PerceptronModels shared;

    final LinearModel segmentation;
    final LinearModel partOfSpeech;
    final LinearModel entities;

    private PerceptronModels(LinearModel segmentation, LinearModel partOfSpeech, LinearModel entities) {
        this.segmentation = segmentation;
        this.partOfSpeech = partOfSpeech;
        this.entities = entities;
        registerNatures();
    }

    /**
     * HanLP turns each tag it outputs into a {@link Nature} with {@code Nature.create}, which registers an unknown
     * tag in an unsynchronised static table: two threads meeting new tags (Ng, Vg, ... from People's Daily) at once
     * can throw (an index out of bounds) or lose a registration, and the document fails. Registering every tag the
     * models can output here, once, under {@link #shared()}'s lock, leaves the analyzers only reading that table.
     */
    private void registerNatures() {
        for (String tag : partOfSpeech.tagSet().tags()) {
            Nature.create(tag);
        }
        for (String tag : entities.tagSet().tags()) {
            if (tag.indexOf('-') > 0) { // B-nt, S-nr, ...; O takes the part of speech
                Nature.create(NERTagSet.posOf(tag));
            }
        }
    }

    /** A new analyzer (not thread-safe) decoding with {@link FactoredViterbiPerceptron}: what tupu runs. */
    PerceptronLexicalAnalyzer newAnalyzer() {
        return analyzer(new FactoredViterbiPerceptron(segmentation), new FactoredViterbiPerceptron(partOfSpeech),
                new FactoredViterbiPerceptron(entities));
    }

    /**
     * A new analyzer (not thread-safe) for words and parts of speech only, decoding with
     * {@link FactoredViterbiPerceptron}: names come from tupu's own tagger.
     */
    PerceptronLexicalAnalyzer newWordAnalyzer() {
        return analyzer(new FactoredViterbiPerceptron(segmentation), new FactoredViterbiPerceptron(partOfSpeech), null);
    }

    /** A new analyzer (not thread-safe) decoding with HanLP's own Viterbi: the baseline tupu is measured against. */
    PerceptronLexicalAnalyzer newHanlpAnalyzer() {
        return analyzer(segmentation, partOfSpeech, entities);
    }

    /** The models alone: HanLP's custom dictionary stays out. */
    private static PerceptronLexicalAnalyzer analyzer(LinearModel cws, LinearModel pos, LinearModel ner) {
        PerceptronLexicalAnalyzer analyzer = new PerceptronLexicalAnalyzer(cws, pos, ner);
        analyzer.enableCustomDictionary(false);
        return analyzer;
    }

    /** True when the jar carries the models. */
    public static boolean available() {
        return PerceptronModels.class.getResource("/models/ner.bin.gz") != null;
    }

    public static PerceptronModels shared() {
        if (shared == null) {
            synchronized (PerceptronModels.class) {
                if (shared == null) {
                    shared = new PerceptronModels(load("cws"), load("pos"), load("ner"));
                }
            }
        }
        return shared;
    }

    private static LinearModel load(String name) {
        String resource = "/models/" + name + ".bin.gz";
        try (InputStream in = PerceptronModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path: run 'tupu train'");
            }
            // HanLP loads a model from a file path only: unpack it to a temporary file first.
            java.nio.file.Path file = java.nio.file.Files.createTempFile("tupu-" + name + "-", ".bin");
            try {
                try (InputStream unzipped = new GZIPInputStream(in, 1 << 16)) {
                    java.nio.file.Files.copy(unzipped, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                return new LinearModel(file.toString());
            } finally {
                java.nio.file.Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
