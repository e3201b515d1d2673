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

    record Title(Pattern pattern, Relation relation, double confidence) {
    }

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
            Relation relation = Relation.byLocalName(c[1]).orElseThrow(() ->
                    new IllegalStateException("rules/titles.tsv: unknown relation " + c[1]));
            // The title may follow a closing bracket or quote: 谷歌大脑（Google Brain）负责人X.
            titles.add(new Title(Pattern.compile("^\\s?[)）\"”」]?\\s?(" + c[0] + ")\\s?$"), relation,
                    Double.parseDouble(c[2])));
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
            Mention person = outer.get(i);
            Mention holder = outer.get(i - 1);
            if (person.type().core() != CoreType.PERSON
                    || (holder.type().core() != CoreType.ORGANIZATION && holder.type().core() != CoreType.PROJECT)) {
                continue;
            }
            String between = text.substring(holder.end(), person.start());
            for (Title title : titles) {
                boolean fits = title.relation() == Relation.FOUNDED || title.relation() == Relation.LEADS
                        || holder.type().core() == CoreType.ORGANIZATION;
                if (fits && title.pattern().matcher(between).matches()) {
                    out.add(new RelationMention(person, title.relation(), holder, sentence, "title", title.confidence()));
                    break;
                }
            }
        }
        return out;
    }

    private static java.util.Optional<RelationMention> namedAfter(Mention team, Mention head, Sentence sentence) {
        if (team.type() != EntityType.TEAM) {
            return java.util.Optional.empty(); // a community is named after its project but does not develop it
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
