package dev.tupu.extract.names;

import dev.tupu.extract.TestPipelines;
import dev.tupu.model.EntityType;
import dev.tupu.model.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TeamRecognizerTest {
    private static List<String> units(String words, Mention organization) {
        return new TeamRecognizer().apply(TestPipelines.segmented(words).plusCandidates(List.of(organization)))
                .candidates().stream().filter(TeamRecognizer::isTeam).map(Mention::text).toList();
    }

    @Test
    void a_units_qualifier_may_name_a_field_but_is_no_clause() {
        Mention microsoft = new Mention(0, 2, "微软", EntityType.COMPANY, null, "lexicon");
        assertEquals(List.of(), units("微软/nt 收购/v 开发者/n 部门/n 。/w", microsoft), "a verb opens it");
        assertEquals(List.of(), units("甲乙/nt 其他/r 有关/vn 部门/n", new Mention(0, 2, "甲乙", EntityType.COMPANY, null,
                "lexicon")), "a pronoun in it");
        assertEquals(List.of("微软深度学习研究院"), units("微软/nt 深度/n 学习/v 研究院/n", microsoft));
        assertEquals(List.of("微软自动驾驶实验室"), units("微软/nt 自动/d 驾驶/v 实验室/n", microsoft));
    }
}
