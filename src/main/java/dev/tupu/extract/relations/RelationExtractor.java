package dev.tupu.extract.relations;

import dev.tupu.extract.Annotation;
import dev.tupu.extract.Layer;
import dev.tupu.extract.Stage;
import dev.tupu.extract.names.TypeFilter;
import dev.tupu.extract.resolve.Antecedents;
import dev.tupu.model.EntityType;
import dev.tupu.model.Mention;
import dev.tupu.model.RelationMention;
import dev.tupu.model.Sentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds {@link Layer#RELATIONS}. For each sentence and each trigger rule ({@link RelationRule}): find the trigger,
 * skip it when negated (放弃了加入X) or inside a name; take the object on the rule's side, within the clause; take the
 * subject from a relative clause (创建X的Y), else the nearest fitting name or pronoun before, else the salient person
 * of the previous sentences (an elided subject). Then the relations a name's structure states
 * ({@link StructuralRelations}). Each relation keeps its sentence, rule and confidence.
 */
public final class RelationExtractor implements Stage {
    private static final Pattern NEGATION = Pattern.compile("(放弃了?|拒绝了?|没有|没|未曾|未|不再|不|无法|并非)\\s?$");
    private static final Pattern PRONOUN = Pattern.compile("他们|她们|二人|两人|二者|他(?!们|人)|她(?!们)");
    private static final Pattern FIRST_PERSON = Pattern.compile("我|咱|你|您");
    private static final Pattern CLAUSE_END = Pattern.compile("[，,；;:：。！？!?]");
    /** 的 before the names a relative clause describes, and the kind of thing they are: 旗下的金融巨头X, 创立的公司Y. */
    private static final Pattern RELATIVE = Pattern.compile("^\\s?(?:架构|框架|模型|芯片|技术|平台|系统|算法)?\\s?了?\\s?的\\s?(?:\\p{IsHan}{0,4}?(?:巨头|公司|子公司|企业|"
            + "品牌|平台|产品|芯片|处理器|框架|模型|大模型|团队|实验室|研究院|部门|机构)\\s?)?");
    /** Before the one a person succeeds: 接替, 接任, 取代. */
    private static final Set<String> SUCCEEDED = Set.of("接替", "接任", "取代", "替代", "继任");
    /** A joiner, then a short description of the next name: A 和 分布式系统教授 B. */
    private static final Pattern DESCRIBED_COORDINATE = Pattern.compile("\\s?(、|和|与|及|以及)[^，。；,;、和与及]{1,12}");
    private static final Pattern COORDINATION = Pattern.compile("^\\s?(、|和|与|及|以及|,|，)?\\s?$");
    private static final Pattern LAST_JOINER = Pattern.compile("和|与|及|以及");
    private static final Pattern JOINT_ACTOR = Pattern.compile("联合|携手|联手|会同|伙同");
    /** An organisation's head, who launches what the organisation makes: 甲公司CEO王五发布了X (a researcher's is theirs). */
    private static final Pattern HEAD_TITLE = Pattern.compile(
            "\\s?的?\\s?(联合)?(CEO|首席执行官|总裁|董事长|创始人|创始人兼CEO|掌门人|总经理|负责人)\\s?");
    /** Products listed with the kind of each after its name: X200 GPU、Nova CPU, 甲手机和乙音箱. */
    private static final Pattern KIND_THEN_COORDINATION = Pattern.compile(
            "^\\s?(GPU|CPU|DPU|TPU|NPU|SoC|芯片|处理器|显卡|手机|音箱|平台|系统|框架|模型|大模型|服务器|超算|机器人)\\s?(、|和|与|及|以及)\\s?$");
    private static final int AFTER_REACH = 40;
    /** Right after a verb, a word saying that what follows is done after it: the verb has no object there. */
    private static final Pattern NEXT_ACTION = Pattern.compile("(了|过)?\\s?(后|之后|以后|然后|随后|并且?|再|又|便|就)");
    private static final int BEFORE_REACH = 16;
    private static final Pattern COMPARING = Pattern.compile("相比|相较|比较|对比");
    private static final Pattern COMPARED_CLAUSE_BREAK = Pattern.compile("^(?:之下|而言|来说)?\\s?[，,]");
    /** A post at an organisation, after its name: 在X的职务. */
    private static final Pattern POST_AT = Pattern.compile("^\\s?的\\p{IsHan}{0,3}?(职务|职位|岗位|工作|一切职务)");
    private static final int PAIR_REACH = 40;
    static final double PRONOUN_FACTOR = 0.85;
    static final double ELLIPSIS_FACTOR = 0.7;

    private final List<RelationRule> rules;
    private final TriggerIndex triggers;
    private final StructuralRelations structural;

    public RelationExtractor(List<RelationRule> rules, StructuralRelations structural) {
        this.rules = List.copyOf(rules);
        this.triggers = new TriggerIndex(this.rules.stream().map(RelationRule::trigger).toList());
        this.structural = structural;
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.NORMALIZED, Layer.SENTENCES, Layer.MENTIONS);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.RELATIONS);
    }

    @Override
    public Annotation apply(Annotation in) {
        List<Mention> arguments = outermost(in.mentions());
        Antecedents antecedents = new Antecedents(arguments, in.sentences());
        List<RelationMention> found = new ArrayList<>();
        int argumentAt = 0;
        int mentionAt = 0;
        for (Sentence sentence : in.sentences()) {
            // Mentions are in text order: each sentence's are the next run of them.
            while (argumentAt < arguments.size() && arguments.get(argumentAt).start() < sentence.start()) {
                argumentAt++;
            }
            List<Mention> local = within(arguments, argumentAt, sentence);
            while (mentionAt < in.mentions().size() && in.mentions().get(mentionAt).start() < sentence.start()) {
                mentionAt++;
            }
            List<Mention> allInSentence = within(in.mentions(), mentionAt, sentence);
            List<RelationMention> inSentence = new ArrayList<>();
            int offset = sentence.start();
            TriggerIndex.Candidates candidates =
                    triggers.candidates(in.normalized().substring(sentence.start(), sentence.end()));
            for (int r = 0; r < rules.size(); r++) {
                RelationRule rule = rules.get(r);
                candidates.find(r, (start, end) -> {
                    int triggerStart = offset + start;
                    int triggerEnd = offset + end;
                    if (insideName(triggerStart, local)) {
                        return false; // 总部位于 begun inside X总部: 位于 may still be read
                    }
                    if (negated(in.normalized(), triggerStart) || introducesPerson(rule, triggerEnd, local)) {
                        return true;
                    }
                    var context = new Context(in.normalized(), sentence, local, antecedents, rule,
                            triggerStart, triggerEnd, List.copyOf(inSentence), structural::titleBetween);
                    inSentence.addAll(context.relations());
                    return true;
                });
            }
            found.addAll(inSentence);
            found.addAll(structural.find(in.normalized(), sentence, allInSentence));
        }
        return in.withRelations(deduplicate(found));
    }

    /** The mentions from {@code from} on that lie inside the sentence (list in text order). */
    private static List<Mention> within(List<Mention> sorted, int from, Sentence sentence) {
        List<Mention> out = new ArrayList<>();
        for (int i = from; i < sorted.size() && sorted.get(i).start() < sentence.end(); i++) {
            if (sorted.get(i).end() <= sentence.end()) {
                out.add(sorted.get(i));
            }
        }
        return out;
    }

    /** Mentions not nested in a longer one (a team's head is not an argument of its own), in text order. */
    static List<Mention> outermost(List<Mention> mentions) {
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(Mention::start).thenComparing(Comparator.comparingInt(Mention::end).reversed()));
        List<Mention> out = new ArrayList<>();
        int maxEnd = -1;
        int startOfMaxEnd = -1;
        for (Mention m : sorted) {
            boolean nested = maxEnd > m.end() || (maxEnd == m.end() && startOfMaxEnd < m.start());
            if (!nested) {
                out.add(m);
            }
            if (m.end() > maxEnd) {
                maxEnd = m.end();
                startOfMaxEnd = m.start();
            }
        }
        return out;
    }

    private static boolean insideName(int offset, List<Mention> mentions) {
        return mentions.stream().anyMatch(m -> offset >= m.start() && offset < m.end());
    }

    /**
     * A title that a person's name follows (耶鲁大学校长彼得·沙洛维) introduces that person: the title is theirs, not
     * the subject's before it (the structural rules read Org + title + Person).
     */
    private static boolean introducesPerson(RelationRule rule, int triggerEnd, List<Mention> mentions) {
        if (rule.side() != RelationRule.Side.BEFORE || rule.relation() == dev.tupu.model.Relation.COMPARES_TO) {
            return false;
        }
        return mentions.stream().anyMatch(m -> m.type().core() == dev.tupu.model.CoreType.PERSON
                && m.start() >= triggerEnd && m.start() - triggerEnd <= 1);
    }

    /** True for the one a person succeeds (王五接替赵六出任CEO: 赵六), who is not who takes the post. */
    static boolean succeeded(String text, Mention m) {
        String before = text.substring(Math.max(0, m.start() - 2), m.start());
        return SUCCEEDED.contains(before);
    }

    private static boolean negated(String text, int triggerStart) {
        return NEGATION.matcher(text.substring(Math.max(0, triggerStart - 4), triggerStart)).find();
    }

    /** One relation per (subject, relation, object, sentence); the highest confidence wins. */
    private static List<RelationMention> deduplicate(List<RelationMention> found) {
        Map<String, RelationMention> best = new LinkedHashMap<>();
        for (RelationMention r : found) {
            String s = r.subject().key();
            String o = r.object().key();
            if (s.equals(o)) {
                continue;
            }
            RelationMention canonical = r;
            if (r.relation().symmetric() && s.compareTo(o) > 0) {
                // One direction for symmetric relations, so a pair is one triple however the text orders it.
                canonical = new RelationMention(r.object(), r.relation(), r.subject(), r.sentence(), r.rule(), r.confidence());
            }
            String id = canonical.subject().key() + "|" + r.relation() + "|" + canonical.object().key() + "|"
                    + r.sentence().index();
            best.merge(id, canonical, (a, b) -> b.confidence() > a.confidence() ? b : a);
        }
        List<RelationMention> out = new ArrayList<>(best.values());
        out.sort(Comparator.comparingInt((RelationMention r) -> r.sentence().index())
                .thenComparingInt(r -> r.subject().start()));
        return out;
    }

    /**
     * One trigger occurrence in one sentence; {@code earlier} holds the relations already found in the sentence,
     * whose subjects carry over to later clauses that have none of their own; {@code titleBetween} says whether text
     * between an organisation and a person is a title the one gives the other.
     */
    private record Context(String text, Sentence sentence, List<Mention> mentions, Antecedents antecedents,
                           RelationRule rule, int triggerStart, int triggerEnd, List<RelationMention> earlier,
                           java.util.function.Predicate<String> titleBetween) {

        List<RelationMention> relations() {
            return switch (rule.side()) {
                case AFTER -> withObjects(objectsAfter(), triggerEnd);
                // A verb with 于 puts its object after it (就读于X, 任职于Y): what stands before is no object.
                case BEFORE -> text.startsWith("于", triggerEnd) ? List.of() : withObjects(objectsBefore(), triggerEnd);
                case PAIRS -> pairs();
                case BETWEEN -> between();
            };
        }

        private List<RelationMention> withObjects(List<Mention> objects, int relativeFrom) {
            if (objects.isEmpty()) {
                return List.of();
            }
            int after = rule.side() == RelationRule.Side.AFTER ? objects.get(objects.size() - 1).end() : relativeFrom;
            List<Mention> relativeSubjects = relativeSubjects(after);
            List<RelationMention> out = new ArrayList<>();
            if (!relativeSubjects.isEmpty()) {
                for (Mention s : relativeSubjects) {
                    objects.forEach(o -> out.add(relation(s, o, rule.confidence(), ".relative")));
                }
                return out;
            }
            int anchor = Math.min(triggerStart, objects.get(0).start());
            Subject subject = subjectBefore(anchor, objects);
            for (Mention s : subject.mentions()) {
                objects.forEach(o -> out.add(relation(s, o, rule.confidence() * subject.factor(), subject.suffix())));
            }
            return out;
        }

        private List<Mention> objectsAfter() {
            int clauseEnd = clauseEnd(triggerEnd);
            List<Mention> objects = new ArrayList<>();
            // The trigger's own clause only: what follows 后 / 然后 / 并 is another verb's (从X出走后创办了Y).
            Matcher next = NEXT_ACTION.matcher(text).region(triggerEnd, clauseEnd);
            if (next.lookingAt()) {
                return new ArrayList<>();
            }
            for (Mention m : mentions) {
                if (m.start() < triggerEnd || m.start() >= clauseEnd || m.start() - triggerEnd > AFTER_REACH) {
                    continue;
                }
                // 在X is where, not what (离开…在北京); 在X的职务 is the post at X, whose organisation X is (辞去在X的职务)
                boolean locative = m.start() > triggerEnd && "在于".indexOf(text.charAt(m.start() - 1)) >= 0
                        && !POST_AT.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 6))).find();
                int lastEnd = objects.isEmpty() ? -1 : objects.get(objects.size() - 1).end();
                boolean coordinated = lastEnd >= 0 && m.start() >= lastEnd
                        && (COORDINATION.matcher(text.substring(lastEnd, m.start())).matches()
                        || m.type().core() == dev.tupu.model.CoreType.PROJECT
                        && KIND_THEN_COORDINATION.matcher(text.substring(lastEnd, m.start())).matches());
                if (rule.object().accepts(m.type()) && !locative
                        && (objects.isEmpty() || rule.allObjects() || coordinated)) {
                    objects.add(m);
                } else if (!objects.isEmpty() && !rule.allObjects()) {
                    break;
                }
            }
            return objects;
        }

        private List<Mention> objectsBefore() {
            List<Mention> objects = new ArrayList<>();
            int limit = triggerStart;
            for (int i = mentions.size() - 1; i >= 0; i--) {
                Mention m = mentions.get(i);
                if (m.end() > limit) {
                    continue;
                }
                if (limit - m.end() > BEFORE_REACH) {
                    break;
                }
                if (rule.object().accepts(m.type())) {
                    // Every object of the clause means those listed together (在A和B的指导下, A和教授B的指导), not
                    // the subject before them (X在B的指导下).
                    String gap = text.substring(m.end(), limit);
                    if (!objects.isEmpty() && !COORDINATION.matcher(gap).matches()
                            && !DESCRIBED_COORDINATE.matcher(gap).matches()) {
                        break;
                    }
                    objects.add(0, m);
                    if (!rule.allObjects()) {
                        return withCoordinated(objects, i);
                    }
                    limit = m.start();
                }
            }
            return objects;
        }

        /**
         * The object {@code mentions[last]} and the names coordinated before it (与A、B和C等企业达成合作: all three),
         * when a name that can be the subject still stands before them; else the object alone (A和B合作: A is the
         * subject).
         */
        private List<Mention> withCoordinated(List<Mention> objects, int last) {
            List<Mention> list = coordinatedBefore(last, rule.object(), List.of(), false);
            if (list.size() > 1) {
                for (int j = mentions.indexOf(list.get(0)) - 1; j >= 0; j--) {
                    Mention m = mentions.get(j);
                    if (m.end() <= list.get(0).start() && rule.subject().accepts(m.type())) {
                        return list;
                    }
                }
            }
            return objects;
        }

        /** The subject {@code last} and the names coordinated before it (A、B和C创立了X: all three founded it). */
        private List<Mention> coordinatedWith(Mention last, List<Mention> objects) {
            return coordinatedBefore(mentions.indexOf(last), rule.subject(), objects, true);
        }

        /**
         * {@code mentions[last]} and the names of the accepted types coordinated before it, in text order: 、 joins any
         * two, 和 / 与 / 及 only the last two (与A、B和C: 与 says with whom, it joins nothing).
         */
        private List<Mention> coordinatedBefore(int last, TypeFilter accepted,
                                                List<Mention> excluded, boolean subjects) {
            List<Mention> list = new ArrayList<>();
            list.add(mentions.get(last));
            for (int i = last - 1; i >= 0; i--) {
                Mention m = mentions.get(i);
                Mention next = list.get(0);
                if (m.end() > next.start()) {
                    continue;
                }
                String gap = text.substring(m.end(), next.start()).strip();
                // subjects acting together: 甲联合乙推出了X, 甲携手乙发布 (both launch it)
                boolean joined = gap.equals("、") || (list.size() == 1 && (LAST_JOINER.matcher(gap).matches()
                        || subjects && JOINT_ACTOR.matcher(gap).matches()));
                if (!joined || excluded.contains(m) || !accepted.accepts(m.type())) {
                    break;
                }
                list.add(0, m);
            }
            return list;
        }

        /** 创建Caffe2的Y / 基于X的A、B和C: the subjects that follow the object through 的. */
        private List<Mention> relativeSubjects(int from) {
            Matcher de = RELATIVE.matcher(text.substring(from, Math.min(text.length(), from + 12)));
            if (!de.find()) {
                return List.of();
            }
            int next = from + de.end();
            List<Mention> subjects = new ArrayList<>();
            for (Mention m : mentions) {
                if (m.start() < next) {
                    continue;
                }
                boolean joined = m.start() == next || COORDINATION.matcher(text.substring(next, m.start())).matches();
                if (!joined || !rule.subject().accepts(m.type())) {
                    break;
                }
                subjects.add(m);
                next = m.end();
            }
            return subjects;
        }

        private Subject subjectBefore(int anchor, List<Mention> objects) {
            Mention named = null;
            for (Mention m : mentions) {
                boolean locative = m.start() > 0 && "在于从".indexOf(text.charAt(m.start() - 1)) >= 0;
                // 王五接替赵六出任CEO: the one succeeded is not who takes the post.
                if (m.end() <= anchor && !objects.contains(m) && rule.subject().accepts(m.type()) && !locative
                        && !succeeded(text, m)) {
                    named = m;
                }
            }
            Matcher pronoun = PRONOUN.matcher(text);
            pronoun.region(named == null ? sentence.start() : named.end(), anchor);
            int lastPronoun = -1;
            int lastPronounEnd = -1;
            while (pronoun.find()) {
                lastPronoun = pronoun.start();
                lastPronounEnd = pronoun.end();
            }
            if (lastPronoun >= 0 && rule.subject().accepts(EntityType.PERSON)) {
                int start = lastPronoun;
                int end = lastPronounEnd;
                List<Mention> persons = antecedents.resolve(start, sentence, end - start == 1 ? 1 : 2);
                String pronounText = text.substring(start, end);
                List<Mention> standIns = persons.stream()
                        .map(p -> new Mention(start, end, pronounText, p.type(), p.key(), "pronoun"))
                        .toList();
                return new Subject(standIns, PRONOUN_FACTOR, ".pronoun");
            }
            if (named != null && rule.name().equals("developedBy.launch")) {
                named = titlingOrganization(named);
            }
            if (named != null) {
                // A subject in an earlier clause is less sure: the clause may have its own elided subject.
                boolean sameClause = !CLAUSE_END.matcher(text.substring(named.end(), anchor)).find();
                Mention candidate = named;
                // An inverse rule stored the earlier clause's object as the relation's subject (X developedBy 甲).
                List<Mention> topic = earlier.stream()
                        .filter(r -> (rule.inverse() ? r.subject() : r.object()).key().equals(candidate.key()))
                        .map(r -> rule.inverse() ? r.object() : r.subject()).toList();
                if (!sameClause && !topic.isEmpty()) {
                    // 二人创建了X，随后更是创建了Y: X is the earlier clause's object; its subject carries over.
                    return new Subject(topic, 0.8, ".topic");
                }
                Mention sentenceTopic = sentenceTopic();
                if (!sameClause && sentenceTopic != null && sentenceTopic != named && !objects.contains(sentenceTopic)
                        && sentenceTopic.end() <= anchor) {
                    // 张三没有加入A，而是创办了B: a later clause without a subject keeps the sentence's topic.
                    return new Subject(List.of(sentenceTopic), 0.8, ".topic");
                }
                List<Mention> subjects = sameClause ? coordinatedWith(named, objects) : List.of(named);
                return new Subject(subjects, sameClause ? 1.0 : 0.8, sameClause ? "" : ".earlierClause");
            }
            boolean sentenceNamesAPerson = mentions.stream().anyMatch(m -> m.type().core() == dev.tupu.model.CoreType.PERSON);
            boolean narrated = FIRST_PERSON.matcher(text.substring(sentence.start(), anchor)).find();
            if (rule.subject().accepts(EntityType.PERSON) && !sentenceNamesAPerson && !narrated && sentence.index() > 0) {
                // Only where the sentence before names one person, whom this one plainly goes on about.
                return new Subject(antecedents.continued(sentence), ELLIPSIS_FACTOR, ".ellipsis");
            }
            return new Subject(List.of(), 0, "");
        }

        /**
         * The person an organisation opening a sentence gives a title to (原甲公司总裁王五日前出走，创办了…: 王五 is
         * the topic, not 甲公司), if the rule takes a person; else the organisation.
         */
        private Mention titleHolder(Mention organization) {
            if (organization.type().core() != dev.tupu.model.CoreType.ORGANIZATION
                    || !rule.subject().accepts(EntityType.PERSON)) {
                return organization;
            }
            for (Mention m : mentions) {
                if (m.start() >= organization.end()) {
                    boolean titled = m.type().core() == dev.tupu.model.CoreType.PERSON
                            && titleBetween.test(text.substring(organization.end(), m.start()));
                    return titled ? m : organization;
                }
            }
            return organization;
        }

        /**
         * The organisation that titles {@code person} right before it (甲公司CEO王五发布了X: 甲公司 launches X, its CEO
         * presents it), if the rule takes one; the person otherwise.
         */
        private Mention titlingOrganization(Mention person) {
            if (person.type().core() != dev.tupu.model.CoreType.PERSON) {
                return person;
            }
            Mention before = null;
            for (Mention m : mentions) {
                if (m.end() <= person.start() && (before == null || m.start() >= before.end())) {
                    before = m;
                }
            }
            return before != null && before.type().core() == dev.tupu.model.CoreType.ORGANIZATION
                    && rule.subject().accepts(before.type())
                    && HEAD_TITLE.matcher(text.substring(before.end(), person.start())).matches() ? before : person;
        }

        /** The sentence's first fitting name, if it opens its clause (the topic a later clause may omit). */
        private Mention sentenceTopic() {
            for (Mention m : mentions) {
                if (rule.subject().accepts(m.type())) {
                    int from = clauseStart(m.start());
                    boolean opensClause = mentions.stream().noneMatch(o -> o.start() >= from && o.start() < m.start());
                    return opensClause ? titleHolder(m) : null;
                }
            }
            return null;
        }

        private List<RelationMention> pairs() {
            int from = Math.max(sentence.start(), triggerStart - PAIR_REACH);
            int to = Math.min(sentence.end(), triggerEnd + PAIR_REACH);
            List<Mention> before = new ArrayList<>();
            List<Mention> after = new ArrayList<>();
            for (Mention m : mentions) {
                if (!rule.subject().accepts(m.type()) || m.start() < from || m.end() > to) {
                    continue;
                }
                if (m.end() <= triggerStart) {
                    before.add(m);
                } else if (m.start() >= triggerEnd && m.start() < clauseEnd(triggerEnd)) {
                    after.add(m);
                }
            }
            if (after.isEmpty() && !before.isEmpty() && comparedWithBefore(before.get(before.size() - 1))) {
                // 与X相比，Y…: what is compared with X is the first name of the next clause
                for (Mention m : mentions) {
                    if (m.start() > triggerEnd && m.end() <= to && rule.subject().accepts(m.type())) {
                        return List.of(relation(m, before.get(before.size() - 1), rule.confidence(), ".with"));
                    }
                }
            }
            if (!after.isEmpty() && comparedWithAfter(after.get(0))) {
                // 相比于X，Y…: the same, with the comparison first
                Mention x = after.get(0);
                for (Mention m : mentions) {
                    if (m.start() > clauseEnd(x.end()) && m.end() <= to && rule.subject().accepts(m.type())) {
                        return List.of(relation(m, x, rule.confidence(), ".with"));
                    }
                }
            }
            List<RelationMention> out = new ArrayList<>();
            if (!before.isEmpty() && !after.isEmpty()) {
                Mention nearest = before.get(before.size() - 1);
                boolean sameClause = !CLAUSE_END.matcher(text.substring(nearest.end(), triggerStart)).find();
                // In a later clause, the sentence's topic (its first name of the type) is what is compared.
                Mention topic = mentions.stream().filter(m -> rule.subject().accepts(m.type())).findFirst().orElse(nearest);
                Mention subject = sameClause ? nearest : topic;
                String suffix = sameClause ? "" : ".topic";
                after.stream().filter(o -> o != subject)
                        .forEach(o -> out.add(relation(subject, o, rule.confidence() * (sameClause ? 1 : 0.85), suffix)));
            } else {
                List<Mention> group = before.isEmpty() ? after : before.subList(Math.max(0, before.size() - 3), before.size());
                for (int i = 0; i < group.size(); i++) {
                    for (int j = i + 1; j < group.size(); j++) {
                        out.add(relation(group.get(i), group.get(j), rule.confidence() * 0.9, ".group"));
                    }
                }
            }
            return out;
        }

        /** A比B更快: the nearest name before the trigger and the first after it, both in the trigger's clause. */
        private List<RelationMention> between() {
            int clauseStart = clauseStart(triggerStart);
            Mention before = null;
            Mention after = null;
            for (Mention m : mentions) {
                if (m.start() >= clauseStart && m.end() <= triggerStart && rule.subject().accepts(m.type())
                        && (before == null || m.start() >= before.end())) {
                    before = m;
                } else if (after == null && m.start() >= triggerEnd && m.start() < clauseEnd(triggerEnd)
                        && rule.object().accepts(m.type())) {
                    after = m;
                }
            }
            return before == null || after == null || before.key().equals(after.key()) ? List.of()
                    : List.of(relation(before, after, rule.confidence(), ""));
        }

        /** 与X相比， (和, 跟, 同): X is what the next clause's name is compared with. */
        private boolean comparedWithBefore(Mention x) {
            return COMPARING.matcher(text.substring(triggerStart, triggerEnd)).matches()
                    && x.start() > 0 && "与和跟同".indexOf(text.charAt(x.start() - 1)) >= 0
                    && text.substring(x.end(), triggerStart).isBlank()
                    && COMPARED_CLAUSE_BREAK.matcher(text.substring(triggerEnd, Math.min(sentence.end(), triggerEnd + 2))).find();
        }

        /** 相比于X， (相较于, 对比): X is what the next clause's name is compared with. */
        private boolean comparedWithAfter(Mention x) {
            return COMPARING.matcher(text.substring(triggerStart, triggerEnd)).matches()
                    && opensClause(triggerStart)
                    && text.substring(triggerEnd, x.start()).matches("于?\\s?")
                    && COMPARED_CLAUSE_BREAK.matcher(text.substring(x.end(), Math.min(sentence.end(), x.end() + 2))).find();
        }

        /** True when nothing but spaces stands between the clause's start and {@code at}. */
        private boolean opensClause(int at) {
            return text.substring(clauseStart(at), at).isBlank();
        }

        /** Where the clause holding {@code at} begins: after the last clause break before it, in the sentence. */
        private int clauseStart(int at) {
            int start = sentence.start();
            Matcher end = CLAUSE_END.matcher(text);
            end.region(sentence.start(), at);
            while (end.find()) {
                start = end.end();
            }
            return start;
        }

        private int clauseEnd(int from) {
            Matcher end = CLAUSE_END.matcher(text);
            end.region(from, sentence.end());
            return end.find() ? end.start() : sentence.end();
        }

        private RelationMention relation(Mention subject, Mention object, double confidence, String suffix) {
            double rounded = Math.round(confidence * 100) / 100.0;
            if (headsAUnitOf(object)) {
                return new RelationMention(subject, dev.tupu.model.Relation.WORKS_FOR, object, sentence,
                        rule.name() + ".unit", rounded);
            }
            return rule.inverse()
                    ? new RelationMention(object, rule.relation(), subject, sentence, rule.name() + suffix, rounded)
                    : new RelationMention(subject, rule.relation(), object, sentence, rule.name() + suffix, rounded);
        }

        /** True when this head's title stands after words naming a unit of the organisation before it. */
        private boolean headsAUnitOf(Mention object) {
            return rule.relation() == dev.tupu.model.Relation.LEADS && rule.side() == RelationRule.Side.BEFORE
                    && object.end() <= triggerStart
                    && StructuralRelations.headsAUnit(text.substring(object.end(), triggerStart));
        }
    }

    private record Subject(List<Mention> mentions, double factor, String suffix) {
    }
}
