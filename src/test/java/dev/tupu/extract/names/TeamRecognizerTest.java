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

    @Test
    void an_organisations_team_or_subsidiary_with_no_name_of_its_own_is_no_unit() {
        Mention microsoft = new Mention(0, 2, "微软", EntityType.COMPANY, null, "lexicon");
        assertEquals(List.of(), units("微软/nt 团队/n 参与/v 了/u 开发/v 。/w", microsoft), "Microsoft's team");
        assertEquals(List.of(), units("微软/nt 旗下/n 子公司/n 很多/m 。/w", microsoft));
        assertEquals(List.of("微软北京分公司"), units("微软/nt 北京/ns 分公司/n 开业/v 。/w", microsoft));
        Mention person = new Mention(0, 3, "王小明", EntityType.PERSON, null, "model");
        assertEquals(List.of("王小明团队"), units("王小明/nr 团队/n 开发/v 了/u 它/r 。/w", person), "a person's team is named");
    }
}
