package dev.tupu.extract.hanlp;

import com.hankcs.hanlp.model.perceptron.PerceptronLexicalAnalyzer;
import com.hankcs.hanlp.model.perceptron.instance.CWSInstance;
import dev.tupu.train.PkuArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** tupu's faster Viterbi decoding gives HanLP's own answer: the same words, tags, names and scores. */
class FactoredViterbiPerceptronIT {
    private static final PerceptronModels MODELS = PerceptronModels.shared();
    private static final Path CORPUS = Path.of("../shared/data/corpus/pku98-199801.txt");

    private static final List<String> MIXED = List.of(
            "２０１２年，张伟离开百度（Baidu），加入亚马逊AWS团队，负责MXNet与PyTorch的对比测试。",
            "𠮷野家的老板说：“我们明年在上海、北京和深圳开新店！”",
            "馬雲創辦了阿里巴巴集團。",
            "Google Brain的研究员John Smith于2015年发表了TensorFlow白皮书。",
            "美俄两国外长昨天在日内瓦会谈。",
            "",
            "。",
            "a");

    @Test
    void the_analyzer_gives_the_same_terms_and_tags_as_with_hanlps_decoding() throws IOException {
        PerceptronLexicalAnalyzer hanlp = withOffsets(MODELS.newHanlpAnalyzer());
        PerceptronLexicalAnalyzer tupu = withOffsets(MODELS.newAnalyzer());
        List<String> texts = texts();
        int terms = 0;
        for (String text : texts) {
            List<String> expected = terms(hanlp, text);
            assertEquals(expected, terms(tupu, text), text);
            terms += expected.size();
        }
        assertTrue(terms > 1000, "compared " + terms + " terms only");
    }

    @Test
    void the_same_terms_on_three_thousand_news_paragraphs(@TempDir Path work) throws IOException {
        assertTrue(Files.exists(CORPUS), "the People's Daily corpus is expected at " + CORPUS.toAbsolutePath());
        PkuArticles.Written written = PkuArticles.write(CORPUS, work, PkuArticles.Unit.PARAGRAPH);
        List<String> paragraphs;
        try (Stream<String> lines = Files.lines(written.paragraphs(), StandardCharsets.UTF_8)) {
            paragraphs = lines.limit(3000).toList();
        }
        PerceptronLexicalAnalyzer hanlp = withOffsets(MODELS.newHanlpAnalyzer());
        PerceptronLexicalAnalyzer tupu = withOffsets(MODELS.newAnalyzer());
        List<String> differ = paragraphs.stream().filter(p -> !terms(hanlp, p).equals(terms(tupu, p))).toList();
        assertEquals(3000, paragraphs.size());
        assertEquals(List.of(), differ);
    }

    @Test
    void segmentation_labels_and_best_scores_are_equal_to_the_bit() throws IOException {
        for (String sentence : texts()) {
            if (sentence.isEmpty()) {
                continue;
            }
            CWSInstance instance = new CWSInstance(sentence, MODELS.segmentation.featureMap);
            int[] hanlpLabels = new int[sentence.length()];
            int[] tupuLabels = new int[sentence.length()];
            double hanlpScore = MODELS.segmentation.viterbiDecode(instance, hanlpLabels);
            double tupuScore = new FactoredViterbiPerceptron(MODELS.segmentation).viterbiDecode(instance, tupuLabels);
            assertArrayEquals(hanlpLabels, tupuLabels, sentence);
            assertEquals(Double.doubleToRawLongBits(hanlpScore), Double.doubleToRawLongBits(tupuScore), sentence);
        }
    }

    private static PerceptronLexicalAnalyzer withOffsets(PerceptronLexicalAnalyzer analyzer) {
        analyzer.enableOffset(true);
        return analyzer;
    }

    private static List<String> terms(PerceptronLexicalAnalyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        analyzer.seg(text).forEach(t -> terms.add(t.word + "/" + t.nature + "@" + t.offset));
        return terms;
    }

    /** The mixed sentences above and every paragraph of the seed articles. */
    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>(MIXED);
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.readAllLines(seed, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).forEach(texts::add);
            }
        }
        return texts;
    }
}
