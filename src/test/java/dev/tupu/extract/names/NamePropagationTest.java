package dev.tupu.extract.names;

import dev.tupu.extract.Annotation;
import dev.tupu.extract.TestPipelines;
import dev.tupu.model.EntityType;
import dev.tupu.model.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A name found once is found again, but not inside a longer word the dictionary knows. */
class NamePropagationTest {
    @Test
    void a_persons_name_recurs_but_not_inside_a_known_word() {
        Annotation in = TestPipelines.segmented("王五/nr 说/v ，/w 王五/nr 研究/v 王五主义/n 。/w");
        in = in.withCandidates(List.of(new Mention(0, 2, "王五", EntityType.PERSON, null, "model")));
        List<Integer> starts = new NamePropagation(Set.of("王五主义")::contains).apply(in).candidates().stream()
                .filter(m -> NamePropagation.SOURCE.equals(m.source())).map(Mention::start).toList();
        assertEquals(List.of(0, 4), starts, "王五主义 is a word of its own");
        List<Integer> everywhere = new NamePropagation().apply(in).candidates().stream()
                .filter(m -> NamePropagation.SOURCE.equals(m.source())).map(Mention::start).toList();
        assertEquals(List.of(0, 4, 8), everywhere, "without a dictionary every occurrence is a name");
    }

    @Test
    void a_persons_name_glued_to_a_word_no_name_ends_in_is_cut_back() {
        Annotation in = TestPipelines.segmented("李小四在/nr 北京/ns ，/w 陈金和/nr 说/v 。/w");
        in = in.withCandidates(List.of(new Mention(0, 4, "李小四在", EntityType.PERSON, null, "model"),
                new Mention(7, 10, "陈金和", EntityType.PERSON, null, "model")));
        List<String> persons = new NamePropagation().apply(in).candidates().stream()
                .filter(m -> m.type() == EntityType.PERSON).map(Mention::text).distinct().toList();
        assertEquals(List.of("李小四", "陈金和"), persons, "和 ends names (陈金和), 在 none");
    }

    @Test
    void a_persons_name_glued_to_an_adverb_is_cut_back() {
        Annotation in = TestPipelines.segmented("博世都/nr 和/c 腾讯/nt 有/v 联系/n 。/w");
        in = in.withCandidates(List.of(new Mention(0, 3, "博世都", EntityType.PERSON, null, "model")));
        List<String> persons = new NamePropagation().apply(in).candidates().stream()
                .filter(m -> m.type() == EntityType.PERSON).map(Mention::text).distinct().toList();
        assertEquals(List.of("博世"), persons, "no name ends in 都 (all)");
    }
}
