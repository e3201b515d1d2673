package dev.tupu.extract.relations;

import dev.tupu.extract.names.TeamRecognizer;
import dev.tupu.model.CoreType;
import dev.tupu.model.EntityType;
import dev.tupu.model.Mention;
import dev.tupu.model.Relation;
import dev.tupu.model.RelationMention;
import dev.tupu.model.Sentence;
import dev.tupu.support.Resources;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Relations stated by how names are put together rather than by a verb:
 * <ol>
 *   <li>a team named after a person is led by that person (X团队 → X leads it); named after a project, it develops
 *       the project; named after an organisation, it is part of it;</li>
 *   <li>a team written right after an organisation's name is part of it (OrgA X团队);</li>
 *   <li>an organisation or project, a title and a person (OrgA创始人X, OrgB教授Y) state the title's relation
 *       ({@code rules/titles.tsv}).</li>
 * </ol>
 */
public final class StructuralRelations {
    private static final Pattern GAP_INSIDE_ORG = Pattern.compile("\\s?[A-Za-z\\p{IsHan}]{0,4}\\s?");
    private final List<Title> titles;

    /**
     * A title and the relation it states between the person it introduces and the holder before it; {@code inverse}
     * when the holder is the subject (《深度学习》作者X: the book developedBy X).
     */
    record Title(Pattern pattern, Pattern apposition, Relation relation, double confidence, boolean inverse) {
    }

    /** Words that make the modifier between a holder and a title a unit of the holder (谷歌上海研发院院长). */
    private static final Pattern UNIT = Pattern.compile(".*(实验室|研究院|研究所|研究中心|研发中心|中心|事业部|事业群|部门|部|院|所|团队|小组|组|办公室|分公司|学院|系)$");

    public StructuralRelations(List<Title> titles) {
        this.titles = List.copyOf(titles);
    }

    public static StructuralRelations loadDefault() {
        List<Title> titles = new ArrayList<>();
        for (String line : Resources.lines("/rules/titles.tsv")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t");
            boolean inverse = c[1].startsWith("^");
            String name = inverse ? c[1].substring(1) : c[1];
            Relation relation = Relation.byLocalName(name).orElseThrow(() ->
                    new IllegalStateException("rules/titles.tsv: unknown relation " + name));
            // The title may follow a closing bracket or quote (谷歌大脑（Google Brain）负责人X), 的 (X的CEO Y) or a
            // short modifier naming a unit or a region (谷歌上海研发院院长X, 英伟达亚太区副总裁Y).
            // Further titles may follow the first, listed (负责人、高级副总裁X; 创始人兼CEO X).
            Pattern before = Pattern.compile("^\\s?[)）\"”」]?\\s?(?:的)?(?<modifier>[\\p{IsHan}A-Za-z ]{0,8}?)\\s?(?:的)?(?<title>"
                    + c[0] + ")(?:\\s?[、兼及和]\\s?[\\p{IsHan}A-Za-z]{1,8}?)*\\s?$");
            // Or follow the holder after the person, to the clause's end: 黄仁勋，英伟达CEO；张三（阿里巴巴副总裁）.
            Pattern apposition = Pattern.compile("^\\s?(?:的)?(?<title>" + c[0] + ")\\s?(?=[，,。；;）)、]|$)");
            titles.add(new Title(before, apposition, relation, Double.parseDouble(c[2]), inverse));
        }
        return new StructuralRelations(titles);
    }

    /** Relations in one sentence; {@code mentions} are the sentence's mentions, nested ones included. */
    List<RelationMention> find(String text, Sentence sentence, List<Mention> mentions) {
        List<RelationMention> out = new ArrayList<>();
        List<Mention> outer = RelationExtractor.outermost(mentions);
        for (Mention team : mentions) {
            if (!TeamRecognizer.isTeam(team)) {
                continue;
            }
            for (Mention head : mentions) {
                if (head != team && head.start() == team.start() && head.end() < team.end()) {
                    namedAfter(team, head, sentence).ifPresent(out::add);
                }
            }
            Mention previous = null;
            for (Mention m : outer) {
                if (m.end() <= team.start()) {
                    previous = m;
                }
            }
            if (previous != null && previous.type().core() == CoreType.ORGANIZATION
                    && GAP_INSIDE_ORG.matcher(text.substring(previous.end(), team.start())).matches()) {
                out.add(new RelationMention(team, Relation.PART_OF, previous, sentence, "team.insideOrganization", 0.7));
            }
        }
        for (int i = 1; i < outer.size(); i++) {
            titled(text, sentence, outer.get(i - 1), outer.get(i)).ifPresent(out::add);
            appositive(text, sentence, outer.get(i - 1), outer.get(i)).ifPresent(out::add);
        }
        return out;
    }

    /** Holder, title, person: 英伟达CEO黄仁勋, 谷歌上海研发院院长陈晓, 《深度学习》作者Goodfellow. */
    private java.util.Optional<RelationMention> titled(String text, Sentence sentence, Mention holder, Mention person) {
        if (person.type().core() != CoreType.PERSON || !holds(holder)) {
            return java.util.Optional.empty();
        }
        String between = text.substring(holder.end(), person.start());
        // The longest title wins: 副总裁 is a vice-president's title, not 总裁 with a modifier 副.
        Title best = null;
        String modifier = null;
        for (Title title : titles) {
            Matcher m = title.pattern().matcher(between);
            if (fits(title, holder) && m.matches()
                    && (modifier == null || m.group("modifier").strip().length() < modifier.length())) {
                best = title;
                modifier = m.group("modifier").strip();
            }
        }
        return best == null ? java.util.Optional.empty()
                : java.util.Optional.of(stated(best, person, holder, modifier, sentence, "title"));
    }

    /** Person, then holder and title to the clause's end: 黄仁勋，英伟达CEO；李四（百度副总裁）. */
    private java.util.Optional<RelationMention> appositive(String text, Sentence sentence, Mention person,
                                                           Mention holder) {
        String between = text.substring(person.end(), holder.start());
        if (person.type().core() != CoreType.PERSON || !holds(holder) || !between.matches("\\s?[，,（(]\\s?")) {
            return java.util.Optional.empty();
        }
        String after = text.substring(holder.end(), Math.min(sentence.end(), holder.end() + 16));
        for (Title title : titles) {
            Matcher m = title.apposition().matcher(after);
            if (fits(title, holder) && m.find()) {
                return java.util.Optional.of(stated(title, person, holder, "", sentence, "title.apposition"));
            }
        }
        return java.util.Optional.empty();
    }

    private static boolean holds(Mention holder) {
        return holder.type().core() == CoreType.ORGANIZATION || holder.type().core() == CoreType.PROJECT;
    }

    private static boolean fits(Title title, Mention holder) {
        return title.inverse() ? holder.type().core() == CoreType.PROJECT
                : title.relation() == Relation.FOUNDED || title.relation() == Relation.LEADS
                || holder.type().core() == CoreType.ORGANIZATION;
    }

    /**
     * The relation a title states. A head's title over a unit named between holder and title (谷歌上海研发院院长X)
     * is the unit's, not the holder's: X works for the holder.
     */
    private static RelationMention stated(Title title, Mention person, Mention holder, String modifier,
                                          Sentence sentence, String rule) {
        if (title.inverse()) {
            return new RelationMention(holder, title.relation(), person, sentence, rule, title.confidence());
        }
        Relation relation = title.relation();
        if (relation == Relation.LEADS && !modifier.isEmpty() && UNIT.matcher(modifier).matches()) {
            relation = Relation.WORKS_FOR;
        }
        if (relation == Relation.LEADS && holder.type().core() == CoreType.PROJECT && !modifier.isEmpty()) {
            return new RelationMention(person, relation, holder, sentence, rule + ".modified", title.confidence() * 0.9);
        }
        return new RelationMention(person, relation, holder, sentence, rule, title.confidence());
    }

    private static java.util.Optional<RelationMention> namedAfter(Mention team, Mention head, Sentence sentence) {
        if (team.type() != EntityType.TEAM) {
            // A lab or a department is part of the organisation it is named after; a community named after a
            // project does not develop it.
            return head.type().core() == CoreType.ORGANIZATION && team.type().core() == CoreType.ORGANIZATION
                    && team.type() != EntityType.COMMUNITY
                    ? java.util.Optional.of(new RelationMention(team, Relation.PART_OF, head, sentence,
                    "unit.namedAfterOrganization", 0.7))
                    : java.util.Optional.empty();
        }
        return switch (head.type().core()) {
            case PERSON -> java.util.Optional.of(
                    new RelationMention(head, Relation.LEADS, team, sentence, "team.namedAfterLead", 0.7));
            case PROJECT -> java.util.Optional.of(
                    new RelationMention(head, Relation.DEVELOPED_BY, team, sentence, "team.namedAfterProject", 0.7));
            case ORGANIZATION -> java.util.Optional.of(
                    new RelationMention(team, Relation.PART_OF, head, sentence, "team.namedAfterOrganization", 0.7));
            default -> java.util.Optional.empty();
        };
    }

}
