package dev.tupu.train;

import dev.tupu.extract.Pipelines;
import dev.tupu.extract.names.LearnedNameRecognizer;
import dev.tupu.extract.names.NameTagger;
import dev.tupu.model.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two corpora that draw one name differently: in style "whole" 北京大学 is an organisation, in style "inner" only
 * 北京 inside it is marked (a place). The tagger trained on both reads a new sentence by the conventions of the style
 * it is asked for.
 */
class NameTaggerTrainerTest {
    private static final String[] FRAMES = {"他在%s读书。", "%s的老师来了。", "我们参观了%s。", "她毕业于%s，后来工作了。"};
    private static NameTagger tagger;
    private static final Pipelines PIPELINES = new Pipelines();

    @BeforeAll
    static void train() {
        List<NameTaggerTrainer.Example> examples = new ArrayList<>(examples("whole", 4, NerCorpus.ORGANIZATION));
        examples.addAll(examples("inner", 2, NerCorpus.PLACE));
        tagger = new NameTaggerTrainer(NameTaggerTraining.TYPES, List.of("whole", "inner"), 10, 1, 1L)
                .train(examples, PIPELINES.newWordPipeline(), line -> { });
    }

    /**
     * The frames with 北京大学 in them, its first {@code length} characters marked a name of {@code type}, and with a
     * common word in them (no name).
     */
    private static List<NameTaggerTrainer.Example> examples(String style, int length, String type) {
        List<NameTaggerTrainer.Example> examples = new ArrayList<>();
        for (String frame : FRAMES) {
            String text = frame.formatted("北京大学");
            int at = text.indexOf("北京大学");
            examples.add(new NameTaggerTrainer.Example(new NerCorpus.Text(text,
                    List.of(new NerCorpus.Span(at, at + length, type))), style, false));
            examples.add(new NameTaggerTrainer.Example(new NerCorpus.Text("他的朋友" + frame.formatted("学校"),
                    List.of()), style, false));
        }
        return examples;
    }

    private static List<String> names(NameTagger model, String style, String text) {
        var stage = new LearnedNameRecognizer(model, model.style(style));
        List<String> out = new ArrayList<>();
        for (Token t : stage.apply(PIPELINES.newWordPipeline().annotate(text)).tokens()) {
            if (t.tag().equals("nt") || t.tag().equals("ns") || t.tag().equals("nr")) {
                out.add(t.word() + "/" + t.tag());
            }
        }
        return out;
    }

    @Test
    void each_style_reads_a_name_by_its_own_conventions() {
        String text = "他的朋友在北京大学读书。";
        assertEquals(List.of("北京大学/nt"), names(tagger, "whole", text));
        assertEquals(List.of("北京/ns"), names(tagger, "inner", text));
    }

    @Test
    void the_styles_survive_writing_and_reading_the_model() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        tagger.write(bytes);
        NameTagger read = NameTagger.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(List.of("whole", "inner"), read.styles());
        assertEquals(List.of("北京/ns"), names(read, "inner", "他的朋友在北京大学读书。"));
    }

    @Test
    void the_mean_of_one_style_reads_as_that_style() {
        NameTagger mean = new NameTaggerTrainer(NameTaggerTraining.TYPES, List.of("inner"), 10, 1, 1L)
                .train(examples("inner", 2, NerCorpus.PLACE), PIPELINES.newWordPipeline(), line -> { }).withMeanStyle("mean");
        assertEquals(List.of("inner", "mean"), mean.styles());
        String text = "他的朋友在北京大学读书。";
        assertEquals(names(mean, "inner", text), names(mean, "mean", text));
        assertEquals(List.of("北京/ns"), names(mean, "mean", text));
    }

    @Test
    void an_unknown_style_is_refused_with_the_known_ones_named() {
        var e = assertThrows(IllegalArgumentException.class, () -> tagger.style("weibo"));
        assertTrue(e.getMessage().contains("[whole, inner]"), e.getMessage());
        assertEquals(NameTagger.NO_STYLE, tagger.style(NameTagger.SHARED));
    }
}
