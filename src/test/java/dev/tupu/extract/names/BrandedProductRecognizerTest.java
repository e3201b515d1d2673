package dev.tupu.extract.names;

import dev.tupu.extract.Annotation;
import dev.tupu.extract.TestPipelines;
import dev.tupu.model.EntityType;
import dev.tupu.model.Mention;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Products named with their maker's name first, where the text puts a product. */
class BrandedProductRecognizerTest {

    /** The products found in {@code words} (word/tag, space-separated) where {@code makers} are known companies. */
    private static List<String> products(String words, String... makers) {
        Annotation in = TestPipelines.segmented(words);
        List<Mention> names = new ArrayList<>();
        for (String maker : makers) {
            int at = -1;
            while ((at = in.normalized().indexOf(maker, at + 1)) >= 0) {
                names.add(new Mention(at, at + maker.length(), maker, EntityType.COMPANY, null, "lexicon"));
            }
        }
        return new BrandedProductRecognizer().apply(in.plusCandidates(names)).candidates().stream()
                .filter(m -> BrandedProductRecognizer.SOURCE.equals(m.source()))
                .map(m -> m.text() + "/" + m.type().localName()).toList();
    }

    @Test
    void after_a_kind_of_product_a_launch_or_its_makers_de() {
        assertEquals(List.of("甲乙叮咚/Product"), products("智能/n 音箱/n 甲乙/nz 叮咚/o 已经/d 上线/v 。/w", "甲乙"));
        assertEquals(List.of("甲乙觅医/Software"), products("医疗/n 平台/n 甲乙/nz 觅医/n 。/w", "甲乙"));
        assertEquals(List.of("甲乙优选/Project"), products("甲乙/nz 推出/v 了/u 甲乙/nz 优选/v ，/w 用户/n 很多/m", "甲乙"));
        assertEquals(List.of("甲乙小智/Project"), products("甲乙/nz 的/u 甲乙/nz 小智/n 和/c 别的/r 竞争/v", "甲乙"));
    }

    @Test
    void no_product_where_nothing_puts_one_or_the_words_after_describe() {
        assertEquals(List.of(), products("甲乙/nz 小智/n 很/d 好/a 。/w", "甲乙"), "nothing says a product goes there");
        assertEquals(List.of(), products("推出/v 了/u 甲乙/nz 手机/n 。/w", "甲乙"), "a kind of product");
        assertEquals(List.of(), products("推出/v 了/u 甲乙/nz 开发/v 的/u 工具/n 。/w", "甲乙"), "a clause about the maker");
        assertEquals(List.of(), products("成立/v 了/u 甲乙/nz 研究院/n 。/w", "甲乙"), "no launch");
        assertEquals(List.of(), products("推出/v 甲乙/nz 物流/n 。/w", "甲乙"), "a field: a company of the group as often");
        assertEquals(List.of(), products("推出/v 了/u 甲乙/nz 第三/m 季度/n 财报/n 。/w", "甲乙"));
    }

    /** The product lines found in {@code words}, each with its source. */
    private static List<String> lines(String words, String... makers) {
        Annotation in = TestPipelines.segmented(words);
        List<Mention> names = new ArrayList<>();
        for (String maker : makers) {
            int at = in.normalized().indexOf(maker);
            names.add(new Mention(at, at + maker.length(), maker, EntityType.COMPANY, null, "lexicon"));
        }
        return new BrandedProductRecognizer().apply(in.plusCandidates(names)).candidates().stream()
                .filter(m -> m.source().equals(BrandedProductRecognizer.SOURCE) || m.source().equals(BrandedProductRecognizer.LINE_SOURCE))
                .map(m -> m.text() + "/" + m.type().localName() + "/" + m.source()).toList();
    }

    @Test
    void a_platform_or_brain_named_by_its_maker_or_a_latin_brand_and_a_field() {
        assertEquals(List.of("甲乙AI开放平台/Software/branded"), lines("形成/v 了/u 甲乙/nz AI/nx 开放/vn 平台/n 。/w", "甲乙"));
        assertEquals(List.of("甲乙大脑/Project/branded"), lines("甲乙/nz 大脑/n 现在/t 拥有/v 能力/n 。/w", "甲乙"));
        assertEquals(List.of("Xyz语音开放平台/Software/product-line", "KT城市大脑/Project/product-line"),
                lines("Xyz/nx 语音/n 开放/vn 平台/n 和/c KT/nx 城市/n 大脑/n 。/w"));
    }

    @Test
    void no_platform_where_a_verb_a_count_or_a_unit_word_stands_or_a_bare_platform_follows_its_maker() {
        assertEquals(List.of(), lines("甲乙/nz 走上/v 开放/vn 平台/n 的/u 道路/n", "甲乙"), "a verb between");
        assertEquals(List.of(), lines("在/p 甲乙/nz 平台/n 上/f ，/w", "甲乙"), "where, not what");
        assertEquals(List.of(), lines("Xyz/nx 、/w Abc/nx 两/m 大/a 平台/n"), "a count");
        assertEquals(List.of(), lines("Xyz/nx 架构/n 平台/n 部/n 的/u 团队/n"), "a unit's name goes on");
        assertEquals(List.of(), lines("Xyz/nx 开放/vn 平台/n 上线/v"), "a Latin brand needs a Chinese field");
    }
}
