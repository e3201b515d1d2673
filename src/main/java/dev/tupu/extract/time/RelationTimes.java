package dev.tupu.extract.time;

import dev.tupu.extract.Annotation;
import dev.tupu.extract.Layer;
import dev.tupu.model.Mention;
import dev.tupu.model.Relation;
import dev.tupu.model.RelationMention;
import dev.tupu.model.RelationTime;
import dev.tupu.model.Sentence;
import dev.tupu.model.TimeExpression;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates {@link Layer#RELATIONS} with {@link Layer#TIMES}: each relation mention takes the time expression that
 * governs its clause: one in the clause of its object (the nearest), else the sentence's leading time phrase (a time at the sentence's start, or alone in its first clause: 2012年，他离开百度).
 * No time in those places, no time on the relation. How the time is attached depends on the relation:
 * <ul>
 *   <li>an event ({@code leftTeam}, {@code founded}, {@code developedBy}, {@code collaboratesWith}, and
 *       {@code partOf} by an acquisition) gets a point in time;</li>
 *   <li>a state ({@code worksFor}, {@code memberOf}, {@code studiedAt}, {@code leads}) gets a start (加入, 出任, 起),
 *       or an end when its clause ends it (毕业, 离开, 卸任), or both from a range (2011年至2012年);</li>
 *   <li>the others are not dated.</li>
 * </ul>
 * A time that dates a birth (1985年生, 出生于) dates no relation.
 */
public final class RelationTimes implements dev.tupu.extract.Stage {
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,；;：:]");
    private static final Pattern ENDS_STATE = Pattern.compile(
            "毕业|离开|离职|卸任|辞去|辞职|退休|结束|告别|退出|离任|卸下|学位|出走|跳槽");
    private static final Pattern RELATIVE_CLAUSE = Pattern.compile("\\s?[\\p{IsHan}]{1,4}了?的\\s?");
    private static final Pattern BIRTH = Pattern.compile("^\\s?(生人|生于|出生|生)");
    private static final Pattern BIRTH_BEFORE = Pattern.compile("(出生于|生于)\\s?$");

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.NORMALIZED, Layer.SENTENCES, Layer.RELATIONS, Layer.TIMES);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.RELATIONS);
    }

    @Override
    public Annotation apply(Annotation in) {
        if (in.times().isEmpty()) {
            return in;
        }
        // Each sentence's times and mentions, found once (a long text has many of both).
        java.util.Map<Integer, List<TimeExpression>> timesBySentence = new java.util.HashMap<>();
        java.util.Map<Integer, List<Mention>> mentionsBySentence = new java.util.HashMap<>();
        int t0 = 0;
        int m0 = 0;
        for (Sentence s : in.sentences()) {
            List<TimeExpression> times = new ArrayList<>();
            while (t0 < in.times().size() && in.times().get(t0).start() < s.end()) {
                TimeExpression t = in.times().get(t0++);
                if (t.start() >= s.start() && t.end() <= s.end()) {
                    times.add(t);
                }
            }
            List<Mention> mentions = new ArrayList<>();
            while (m0 < in.mentions().size() && in.mentions().get(m0).start() < s.end()) {
                Mention m = in.mentions().get(m0++);
                if (m.start() >= s.start()) {
                    mentions.add(m);
                }
            }
            timesBySentence.put(s.index(), times);
            mentionsBySentence.put(s.index(), mentions);
        }
        List<RelationMention> out = new ArrayList<>(in.relations().size());
        for (RelationMention r : in.relations()) {
            Kind kind = kind(r);
            List<TimeExpression> times = timesBySentence.getOrDefault(r.sentence().index(), List.of());
            TimeExpression t = kind == Kind.NONE || times.isEmpty() ? null : governing(in.normalized(), times, r);
            RelationTime time = t == null ? null : time(in.normalized(),
                    mentionsBySentence.getOrDefault(r.sentence().index(), List.of()), r, kind, t);
            out.add(time == null ? r : r.withTime(time));
        }
        return in.withRelations(endedByLeaving(out));
    }

    /**
     * A post a title states (乙首席工程师X) ends when the sentence dates X leaving 乙: the post's end is the leaving's
     * point (同年12月，乙资深设计师X离职).
     */
    private static List<RelationMention> endedByLeaving(List<RelationMention> relations) {
        java.util.Map<String, RelationTime> leftAt = new java.util.HashMap<>();
        for (RelationMention r : relations) {
            if (r.relation() == Relation.LEFT_TEAM && r.time() != null && r.time().point() != null) {
                leftAt.putIfAbsent(pair(r), r.time());
            }
        }
        if (leftAt.isEmpty()) {
            return relations;
        }
        List<RelationMention> out = new ArrayList<>(relations.size());
        for (RelationMention r : relations) {
            RelationTime left = r.time() == null && r.rule().startsWith("title") && (r.relation() == Relation.WORKS_FOR
                    || r.relation() == Relation.LEADS) ? leftAt.get(pair(r)) : null;
            out.add(left == null ? r : r.withTime(new RelationTime(null, null, left.point(), left.text(),
                    left.textStart(), left.textEnd())));
        }
        return out;
    }

    private static String pair(RelationMention r) {
        return r.subject().key() + "|" + r.object().key() + "|" + r.sentence().index();
    }

    private enum Kind { EVENT, STATE, NONE }

    private static Kind kind(RelationMention r) {
        if (r.rule().equals("title.left") || r.rule().equals("title.poached")) {
            return Kind.EVENT; // the leaving is the clause's verb (离职, 挖来), though a title names the holder
        }
        if (r.rule().startsWith("team.") || r.rule().startsWith("unit.") || r.rule().startsWith("title")) {
            return Kind.NONE; // stated by a name or a title, not by the clause's verb
        }
        return switch (r.relation()) {
            case LEFT_TEAM, FOUNDED, DEVELOPED_BY, COLLABORATES_WITH -> Kind.EVENT;
            case WORKS_FOR, MEMBER_OF, STUDIED_AT, LEADS -> Kind.STATE;
            case PART_OF -> r.rule().startsWith("partOf.acquired") ? Kind.EVENT : Kind.NONE;
            default -> Kind.NONE;
        };
    }

    /** The time expression of the relation's sentence ({@code sentenceTimes}) that governs its clause, or null. */
    private static TimeExpression governing(String text, List<TimeExpression> sentenceTimes, RelationMention r) {
        Sentence s = r.sentence();
        List<TimeExpression> times = new ArrayList<>();
        for (TimeExpression t : sentenceTimes) {
            if (!birth(text, t)) {
                times.add(t);
            }
        }
        if (times.isEmpty()) {
            return null;
        }
        Mention object = r.object();
        int[] clause = clause(text, s, object.start());
        TimeExpression nearest = null;
        for (TimeExpression t : times) {
            if (t.start() >= clause[0] && t.end() <= clause[1]
                    && (nearest == null || Math.abs(t.start() - object.start()) < Math.abs(nearest.start() - object.start()))) {
                nearest = t;
            }
        }
        if (nearest != null) {
            return nearest;
        }
        TimeExpression first = times.get(0);
        int[] firstClause = clause(text, s, s.start());
        boolean atStart = text.substring(s.start(), first.start()).strip().length() <= 1;
        boolean aloneInClause = first.end() <= firstClause[1]
                && text.substring(firstClause[0], firstClause[1]).replace(text.substring(first.start(), first.end()), "")
                .strip().length() <= 3;
        boolean beforeArguments = first.end() <= Math.min(r.subject().start(), object.start())
                || first.end() <= object.start();
        return (atStart || aloneInClause) && beforeArguments && !describesObject(text, r) ? first : null;
    }

    /**
     * True when the relation is a relative clause on its object (王五创立的甲乙科技, 某公司发布的X9): it says what
     * the object is, not what happened at the time the sentence opens with (2016年3月，他跳槽到了王五创立的甲乙科技).
     */
    private static boolean describesObject(String text, RelationMention r) {
        return r.subject().end() <= r.object().start()
                && RELATIVE_CLAUSE.matcher(text.substring(r.subject().end(), r.object().start())).matches();
    }

    /** The clause around {@code offset}: between the clause breaks before and after it, within the sentence. */
    private static int[] clause(String text, Sentence s, int offset) {
        int start = s.start();
        Matcher m = CLAUSE_BREAK.matcher(text);
        m.region(s.start(), s.end());
        int end = s.end();
        while (m.find()) {
            if (m.start() < offset) {
                start = m.end();
            } else {
                end = m.start();
                break;
            }
        }
        return new int[] {start, end};
    }

    private static boolean birth(String text, TimeExpression t) {
        return BIRTH.matcher(text.substring(t.end(), Math.min(text.length(), t.end() + 3))).find()
                || BIRTH_BEFORE.matcher(text.substring(Math.max(0, t.start() - 4), t.start())).find();
    }

    /** The end of the last mention before {@code object} (from {@code floor} on), or {@code floor}. */
    private static int previousEnd(List<Mention> mentions, Mention object, int floor) {
        int end = floor;
        for (Mention m : mentions) {
            if (m.end() <= object.start() && m.end() > end) {
                end = m.end();
            }
        }
        return end;
    }

    private static RelationTime time(String text, List<Mention> mentions, RelationMention r, Kind kind,
                                     TimeExpression t) {
        String point = null;
        String start = null;
        String end = null;
        if (kind == Kind.EVENT) {
            if (t.since()) {
                return null; // 从2017年…到再次跳槽: a time a state runs from dates no event
            }
            point = t.value();
        } else if (t.range()) {
            start = t.value();
            end = t.until();
        } else {
            // The verb before the object, or after it, ends the state: 离开百度, 从清华毕业 (not 离开A前往B深造, for B).
            int[] clause = clause(text, r.sentence(), r.object().start());
            int from = Math.max(clause[0], Math.min(r.object().start(), previousEnd(mentions, r.object(), clause[0])));
            boolean ends = !t.since() && ENDS_STATE.matcher(text.substring(from, clause[1])).find();
            if (ends) {
                end = t.value();
            } else {
                start = t.value();
            }
        }
        return new RelationTime(point, start, end, t.text(), t.start(), t.end());
    }
}
