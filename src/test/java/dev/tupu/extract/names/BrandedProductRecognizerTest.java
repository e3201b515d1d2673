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
}
