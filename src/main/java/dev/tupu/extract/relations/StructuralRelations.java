package dev.tupu.extract.relations;

import dev.tupu.extract.names.Names;
import dev.tupu.extract.names.TeamRecognizer;
import dev.tupu.extract.names.UnitNameRecognizer;
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
    /** A verb of belonging between two names: the unit after belongs to the name before it only as its subject says. */
    private static final Pattern BELONGING = Pattern.compile("属于|隶属|归属|并入|划归|和|与|是");
    private final List<Title> titles;

    /**
     * A title and the relation it states between the person it introduces and the holder before it; {@code inverse}
     * when the holder is the subject (《深度学习》作者X: the book developedBy X).
     */
    record Title(Pattern pattern, Pattern apposition, Pattern generic, Pattern bare, Pattern role, Relation relation,
                 double confidence, boolean inverse) {
    }

    /** What a person's description starts with: 是, 现任, 曾任 (王五是纽约大学教授、某公司副总裁). */
    private static final Pattern COPULA = Pattern.compile(
            "^\\s?[)）]?\\s?[，,]?\\s?(?:也|还|曾|现|目前|同时|则|曾经)?\\s?(?:是|为|担任|任|出任|现任|曾任|兼任|身兼|作为|成为|升任|晋升为|转任|改任)");

    /**
     * What may stand between an organisation and a head's title that keeps the title the whole organisation's:
     * nothing, 的, a word for the whole (百度公司CEO, 联席CEO, 总负责人), and the person's other titles listed first
     * (某银行党委书记、董事长). Anything else names a unit (某公司上海研究所所长, 某公司AI负责人).
     */
    private static final Pattern HEAD_OF_WHOLE = Pattern.compile("(?:[^，,。；;]{0,12}[、兼])?\\s?(?:的)?\\s?"
            + "(?:公司|集团|全球|总部|现任|前任|时任|首任|新任|联席|联合|执行|总)?\\s?(?:的)?\\s?");

    /**
     * True when {@code between}, the words between an organisation and a head's title, name a unit of it: the
     * person heads that unit and works for the organisation. Read the same way by the title rules here and by the
     * trigger rules ({@link RelationExtractor}).
     */
    static boolean headsAUnit(String between) {
        return !HEAD_OF_WHOLE.matcher(between).matches();
    }

    /** Between a holder and the person who takes its post: 由, 将由, 现由. */
    private static final Pattern BY_AGENT = Pattern.compile("\\s?(?:现|将|已|则|目前)?由\\s?");
    /** An organisation's verb of giving a post, right after it: 任命, 聘请 (a description of the person may follow). */
    private static final Pattern APPOINTS = Pattern.compile(
            "^\\s?(?:已|已经|正式|日前|近日|宣布)?(?:任命|聘请|聘任|委任|提拔|邀请)了?");
    /** The post given, right after the person: 为, 担任, 出任. */
    private static final Pattern POST_GIVEN = Pattern.compile("^\\s?(?:为|担任|出任|兼任|作为)");
    /** In the role of, before the holder: 作为, 身为. */
    private static final Pattern AS_ROLE = Pattern.compile("(?:作为|身为)\\s?$");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,。；;！!？?]");
    /** A verb of taking a post, right after the person: 担任, 出任. */
    private static final Pattern TAKES_POST = Pattern.compile("^\\s?(?:担任|出任|兼任|接任|执掌)");

    /** What introduces an organisation after a place: 最大的电子产品零售商, 芯片制造商, 创业公司, 的一家初创企业. */
    private static final Pattern KIND_OF_ORGANIZATION = Pattern.compile(
            "\\s?(?:的)?[\\p{IsHan}A-Za-z0-9 ]{0,12}?(?:公司|企业|集团|厂商|制造商|零售商|运营商|供应商|服务商|开发商|巨头|大厂"
                    + "|银行|机构|基金|大学|高校|研究所|研究院|实验室|媒体|报社|电视台|初创|创企)\\s?");

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
            // short modifier naming a unit or a region (华为上海研究所所长X, 英伟达亚太区副总裁Y).
            // Further titles may follow the first, listed (负责人、高级副总裁X; 创始人兼CEO X), and a copula the last
            // (X的CEO是Y).
            Pattern before = Pattern.compile("^\\s?[)）\"”」]?\\s?(?:的)?(?<modifier>[\\p{IsHan}A-Za-z ]{0,8}?)\\s?(?:的)?(?<title>"
                    + c[0] + ")(?:\\s?[、兼及和]\\s?[\\p{IsHan}A-Za-z]{1,8}?)*\\s?(?<copula>是|为)?\\s?$");
            // Or follow the holder after the person, to the clause's end: 王五，英伟达CEO；张三（阿里巴巴副总裁）.
            Pattern apposition = Pattern.compile("^\\s?(?:的)?(?<title>" + c[0] + ")\\s?(?=[，,。；;）)、&/兼和]|$)");
            // Or follow a word that stands for an organisation named earlier: 公司创始人X, 该校校长Y.
            Pattern generic = Pattern.compile("(?:该|本|这家|这所)?(?:公司|集团|学校|学院|银行|研究院|研究所)\\s?(?:的)?(?<title>"
                    + c[0] + ")\\s?$");
            // Or follow the holder in a person's description, after a short modifier: 是纽约大学教授、Facebook 副总裁.
            Pattern role = Pattern.compile("^\\s?(?:的)?(?<modifier>[\\p{IsHan}A-Za-z ]{0,6}?)\\s?(?<title>" + c[0]
                    + ")\\s?(?=[、，,和及。；;）)]|$)");
            // Or open a clause of a sentence about an organisation: X公司成立于2010年，创始人Y.
            Pattern bare = Pattern.compile("[，,；;]\\s?(?<title>" + c[0] + ")\\s?$");
            titles.add(new Title(before, apposition, generic, bare, role, relation, Double.parseDouble(c[2]), inverse));
        }
        return new StructuralRelations(titles);
    }

    /** True when {@code between} is the title an organisation gives the person after it (X总裁Y, X的联合创始人兼CEO Y). */
    boolean titleBetween(String between) {
        return titles.stream().anyMatch(t -> {
            Matcher m = t.pattern().matcher(between);
            return m.find() && m.group("copula") == null;
        });
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
            String gap = previous == null ? "" : text.substring(previous.end(), team.start());
            if (previous != null && previous.type().core() == CoreType.ORGANIZATION
                    && GAP_INSIDE_ORG.matcher(gap).matches() && !BELONGING.matcher(gap).find()) {
                out.add(new RelationMention(team, Relation.PART_OF, previous, sentence, "team.insideOrganization", 0.7));
            }
        }
        for (int i = 1; i < outer.size(); i++) {
            int at = i;
            titled(text, sentence, outer.get(i - 1), outer.get(i)).ifPresent(r -> {
                out.add(r);
                out.addAll(counted(text, r, outer, at));
                leftPost(text, r).ifPresent(out::add);
            });
            out.addAll(listed(text, sentence, outer.get(i - 1), outer.get(i)));
            appositive(text, sentence, outer.get(i - 1), outer.get(i)).ifPresent(out::add);
            servedBy(text, sentence, outer.get(i - 1), outer.get(i)).ifPresent(out::add);
            asTitle(text, sentence, outer.get(i - 1), outer.get(i)).ifPresent(out::add);
            fromHolder(text, sentence, outer.get(i - 1), outer.get(i)).ifPresent(out::add);
            owned(text, sentence, outer.get(i - 1), outer.get(i)).ifPresent(out::add);
            productOf(text, sentence, outer.get(i - 1), outer.get(i)).ifPresent(out::add);
            out.addAll(ownedUnits(text, sentence, outer, i));
            located(text, sentence, outer.get(i - 1), outer.get(i)).ifPresent(out::add);
            generic(text, sentence, outer, i).ifPresent(out::add);
        }
        for (int i = 0; i < outer.size(); i++) {
            out.addAll(described(text, sentence, outer, i));
            appointed(text, sentence, outer, i).ifPresent(out::add);
        }
        out.addAll(jointWork(text, sentence, outer));
        out.addAll(multiples(text, sentence, outer));
        out.addAll(foundedBy(text, sentence, outer));
        return out;
    }

    /** True at the text's end or before punctuation ending a clause. */
    private static boolean endsClause(String text, int at) {
        return at >= text.length() || "，,。；;！!？?）)".indexOf(text.charAt(at)) >= 0;
    }

    /** Holder, title, person: 英伟达CEO张三, 华为上海研究所所长王五, 《深度学习》作者Anderson. */
    private java.util.Optional<RelationMention> titled(String text, Sentence sentence, Mention holder, Mention person) {
        if (person.type().core() != CoreType.PERSON || !holds(holder)) {
            return java.util.Optional.empty();
        }
        String between = text.substring(holder.end(), person.start());
        if (holder.type().core() == CoreType.ORGANIZATION && HEAD_OF_UNIT.matcher(holder.text()).find()
                && HEAD_WRITTEN_AFTER.matcher(between).matches()) {
            // 百度研究院长X: the head of the 院 (院长) written with the unit's name
            return java.util.Optional.of(new RelationMention(person, Relation.LEADS, holder, sentence, "title.head", 0.7));
        }
        // The longest title wins: 副总裁 is a vice-president's title, not 总裁 with a modifier 副.
        Title best = null;
        String modifier = null;
        for (Title title : titles) {
            Matcher m = title.pattern().matcher(between);
            // After a copula the person must be what the title is, not own it: X的CEO是Y的朋友 says nothing of Y.
            // 为 also means "for": only a person ending the clause is the title's (X的CEO为Y。, not X总裁为Y颁奖).
            boolean possessed = m.matches() && m.group("copula") != null && (text.startsWith("的", person.end())
                    || (m.group("copula").equals("为") && !endsClause(text, person.end())));
            if (fits(title, holder) && m.matches() && !possessed
                    && (modifier == null || m.group("modifier").strip().length() < modifier.length())) {
                best = title;
                modifier = m.group("modifier").strip();
            }
        }
        if (best == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(stated(best, person, holder, modifier, sentence, "title"));
    }

    /**
     * The further persons of a title a number of people hold (甲公司的两位创始人王五和赵六): each is stated as the
     * first is. Only with the number: after a title of one (甲公司CEO王五和赵六), 赵六 may be anyone.
     */
    private static List<RelationMention> counted(String text, RelationMention first, List<Mention> outer, int i) {
        List<RelationMention> out = new ArrayList<>();
        boolean inverse = first.relation() == Relation.DEVELOPED_BY; // 《X》的两位作者A和B: X developedBy each
        Mention holder = inverse ? first.subject() : first.object();
        if (!COUNTED_TITLE.matcher(text.substring(holder.end(), outer.get(i).start())).find()) {
            return out;
        }
        for (int j = i + 1; j < outer.size() && outer.get(j).type().core() == CoreType.PERSON
                && PERSONS_JOINED.matcher(text.substring(outer.get(j - 1).end(), outer.get(j).start())).matches(); j++) {
            out.add(inverse
                    ? new RelationMention(holder, first.relation(), outer.get(j), first.sentence(), first.rule() + ".counted",
                            first.confidence())
                    : new RelationMention(outer.get(j), first.relation(), holder, first.sentence(), first.rule() + ".counted",
                            first.confidence()));
        }
        return out;
    }

    /** A number of people before a title: 两位, 三名. */
    private static final Pattern COUNTED_TITLE = Pattern.compile("^\\s?的?[两二三四五六七八九十几多数]\\s?[位名]");
    private static final Pattern PERSONS_JOINED = Pattern.compile("\\s?[、和与及]\\s?");

    /** The further titles of a list (创始人、董事长X; 创始人兼CEO X): each states its own relation. */
    private List<RelationMention> listed(String text, Sentence sentence, Mention holder, Mention person) {
        List<RelationMention> out = new ArrayList<>();
        if (person.type().core() != CoreType.PERSON || !holds(holder)) {
            return out;
        }
        String between = text.substring(holder.end(), person.start());
        String[] parts = between.split("[、兼及和]");
        for (int k = 1; k < parts.length; k++) {
            for (Title title : titles) {
                Matcher m = title.apposition().matcher(parts[k].strip() + "，");
                if (fits(title, holder) && !title.inverse() && m.find() && m.start() == 0) {
                    out.add(stated(title, person, holder, "", sentence, "title.listed"));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * A place written before what lies in it, the usual order of Chinese addresses and descriptions: a place right
     * before another (法国里昂, 日本大阪), or before an organisation that a kind of organisation introduces
     * (美国芯片制造商X, 硅谷创业公司Y).
     */
    private static java.util.Optional<RelationMention> located(String text, Sentence sentence, Mention place,
                                                               Mention inside) {
        if (place.type().core() != CoreType.PLACE || inside.type() == EntityType.COUNTRY) {
            return java.util.Optional.empty();
        }
        String between = text.substring(place.end(), inside.start());
        if (inside.type().core() == CoreType.PLACE && between.isBlank() && between.length() <= 1) {
            return java.util.Optional.of(new RelationMention(inside, Relation.LOCATED_IN, place, sentence,
                    "place.beforePlace", 0.7));
        }
        if (inside.type().core() == CoreType.ORGANIZATION && !TeamRecognizer.isTeam(inside)
                && KIND_OF_ORGANIZATION.matcher(between).matches()) {
            return java.util.Optional.of(new RelationMention(inside, Relation.LOCATED_IN, place, sentence,
                    "place.beforeOrganization", 0.7));
        }
        return java.util.Optional.empty();
    }

    /** Holder, 由, person, a verb of taking a post and the title: 某研究院由王五担任院长. */
    private java.util.Optional<RelationMention> servedBy(String text, Sentence sentence, Mention holder,
                                                         Mention person) {
        if (person.type().core() != CoreType.PERSON || !holds(holder)
                || !BY_AGENT.matcher(text.substring(holder.end(), person.start())).matches()) {
            return java.util.Optional.empty();
        }
        String rest = text.substring(person.end(), Math.min(sentence.end(), person.end() + 16));
        Matcher post = TAKES_POST.matcher(rest);
        if (!post.find()) {
            return java.util.Optional.empty();
        }
        String after = rest.substring(post.end());
        for (Title title : titles) {
            Matcher m = title.apposition().matcher(after);
            if (fits(title, holder) && !title.inverse() && m.find()) {
                return java.util.Optional.of(stated(title, person, holder, "", sentence, "title.servedBy"));
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * An organisation giving a person a post: 英伟达任命王五为首席财务官, 某公司已聘请前甲公司高管王五担任首席架构师
     * (the organisation is the last one before the appointing verb, whatever the person's description names).
     */
    private java.util.Optional<RelationMention> appointed(String text, Sentence sentence, List<Mention> outer, int i) {
        Mention person = outer.get(i);
        if (person.type().core() != CoreType.PERSON) {
            return java.util.Optional.empty();
        }
        String rest = text.substring(person.end(), Math.min(sentence.end(), person.end() + 16));
        Matcher post = POST_GIVEN.matcher(rest);
        if (!post.find()) {
            return java.util.Optional.empty();
        }
        for (int j = i - 1; j >= 0; j--) {
            Mention holder = outer.get(j);
            String between = text.substring(holder.end(), person.start());
            if (CLAUSE_BREAK.matcher(between).find()) {
                break;
            }
            if (holds(holder) && APPOINTS.matcher(between).find()) {
                String after = rest.substring(post.end());
                for (Title title : titles) {
                    if (fits(title, holder) && !title.inverse() && title.apposition().matcher(after).find()) {
                        return java.util.Optional.of(stated(title, person, holder, "", sentence, "title.appointed"));
                    }
                }
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * 来自 holder 的 person, then a post: 来自清华大学的张三教授 (the post says the person works there; without one,
     * 来自X的Y may be a student or a visitor).
     */
    private java.util.Optional<RelationMention> fromHolder(String text, Sentence sentence, Mention holder,
                                                           Mention person) {
        if (person.type().core() != CoreType.PERSON || holder.type().core() != CoreType.ORGANIZATION
                || !text.substring(Math.max(sentence.start(), holder.start() - 2), holder.start()).endsWith("来自")
                || !text.startsWith("的", holder.end())) {
            return java.util.Optional.empty();
        }
        String after = text.substring(person.end(), Math.min(sentence.end(), person.end() + 4));
        // 来自X的研究员Y is the title rule's (X的研究员Y); here the post follows the name.
        boolean post = text.substring(holder.end() + 1, person.start()).isBlank() && POST_AFTER_NAME.matcher(after).find();
        return post ? java.util.Optional.of(new RelationMention(person, Relation.WORKS_FOR, holder, sentence,
                "title.from", 0.65)) : java.util.Optional.empty();
    }

    /**
     * An organisation's product: 英伟达的A100, 谷歌最新的Gemini, 华为自研的麒麟9000 (the maker's, in technology news),
     * or its name right before the product's: 英伟达H100, 苹果 iPhone.
     */
    private static java.util.Optional<RelationMention> owned(String text, Sentence sentence, Mention maker,
                                                             Mention product) {
        if (maker.type().core() != CoreType.ORGANIZATION || product.type().core() != CoreType.PROJECT) {
            return java.util.Optional.empty();
        }
        String between = text.substring(maker.end(), product.start());
        if (POSSESSIVE.matcher(between).matches()) {
            return java.util.Optional.of(new RelationMention(product, Relation.DEVELOPED_BY, maker, sentence, "possessive", 0.55));
        }
        // 甲有X，乙有Y: a product an organisation has, the product named whole (not 有X的股份)
        if (HAS.matcher(between).matches()
                && STANDS_ALONE.matcher(text.substring(product.end(), Math.min(sentence.end(), product.end() + 2))).lookingAt()) {
            return java.util.Optional.of(new RelationMention(product, Relation.DEVELOPED_BY, maker, sentence, "possessive.has", 0.5));
        }
        boolean glued = between.isEmpty() || between.equals(" ") && Names.hasHan(maker.text());
        return glued && !Names.hasHan(product.text())
                ? java.util.Optional.of(new RelationMention(product, Relation.DEVELOPED_BY, maker, sentence, "maker.prefix", 0.55))
                : java.util.Optional.empty();
    }

    private static final Pattern HAS = Pattern.compile("\\s?(则|也|还|就)?(有|拥有)\\s?");
    private static final Pattern STANDS_ALONE = Pattern.compile("\\s?([，。；、,;]|和|与|及|$)");

    /** X是Y的(一款)…产品: X is Y's product (developedBy), not its rival's (竞品). */
    private static java.util.Optional<RelationMention> productOf(String text, Sentence sentence, Mention product,
                                                                 Mention maker) {
        if (product.type().core() != CoreType.PROJECT || maker.type().core() != CoreType.ORGANIZATION
                || !PRODUCT_IS.matcher(text.substring(product.end(), maker.start())).matches()
                || !MAKERS_PRODUCT.matcher(text.substring(maker.end(), Math.min(sentence.end(), maker.end() + 16))).find()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new RelationMention(product, Relation.DEVELOPED_BY, maker, sentence, "developedBy.productOf", 0.65));
    }

    private static final Pattern PRODUCT_IS = Pattern.compile("\\s?(也|则|就)?(是|为)\\s?");
    private static final Pattern MAKERS_PRODUCT = Pattern.compile("^\\s?的(?:一款|一个|一种|新款|最新|全新)?"
            + "(?![\\p{IsHan}]{0,6}?(?:竞品|竞争|对手))[\\p{IsHan}]{0,6}?(?:产品|软件|应用|芯片|模型|框架|平台|系统|处理器|手机|服务)"
            + "(?=[，。；,;！!？?]|$)");

    /**
     * An organisation's, of what follows: 的, 最新的, 新一代的, 自研的, 自主研发的, 推出的; and the kind of product
     * named before it (甲的语音助手X, 乙的开源框架Y).
     */
    private static final Pattern POSSESSIVE = Pattern.compile(
            "\\s?(最新|新一代|全新|自家|自研|自主研发|研发|开发|推出|发布|打造)?的\\s?(最新|新一代|全新)?\\s?"
                    + "(\\p{IsHan}{0,4}?(助手|音箱|芯片|处理器|显卡|手机|平台|框架|模型|大模型|系统|引擎|软件|应用|机器人|服务器|超算))?\\s?");

    /**
     * An organisation's units, after its name and 的, 旗下 or 有: 腾讯的优图实验室和微信AI实验室 (each partOf 腾讯),
     * 甲有X、Y和Z三大机构; the units listed together after the first are its too.
     */
    private static List<RelationMention> ownedUnits(String text, Sentence sentence, List<Mention> outer, int i) {
        Mention owner = outer.get(i - 1);
        if (owner.type().core() != CoreType.ORGANIZATION || !isUnit(outer.get(i))
                || !OWNING.matcher(text.substring(owner.end(), outer.get(i).start())).matches()) {
            return List.of();
        }
        List<RelationMention> out = new ArrayList<>();
        for (int j = i; j < outer.size() && isUnit(outer.get(j)); j++) {
            if (j > i && !JOINER.matcher(text.substring(outer.get(j - 1).end(), outer.get(j).start())).matches()) {
                break;
            }
            out.add(new RelationMention(outer.get(j), Relation.PART_OF, owner, sentence, "partOf.owned", 0.6));
        }
        return out;
    }

    /** A unit whose head's title is its last character and 长 (研究院 → 院长, 研究所 → 所长, 学校 → 校长). */
    private static final Pattern HEAD_OF_UNIT = Pattern.compile("[院所校局部厅处]$");
    private static final Pattern HEAD_WRITTEN_AFTER = Pattern.compile("\\s?长\\s?");

    /** Right after a titled person: they leave the post (甲公司设计师X离职, 乙公司CEO Y宣布辞职). */
    private static final Pattern LEAVES = Pattern.compile(
            "^\\s?(已经|已|正式|宣布|将|即将|突然)?(离职|辞职|卸任|离任|出走|退休|下课)");

    /** Hired away from the holder named after the verb: 甲挖来了乙首席工程师X (X leaves 乙). */
    private static final Pattern POACHED = Pattern.compile("(挖来|挖走|挖角|聘请|请来|招揽|签下)了?\\s?$");

    /**
     * The titled person leaves the holder: leftTeam too, when the person 离职 (title.left) or another organisation
     * hires the person away from it (title.poached).
     */
    private static java.util.Optional<RelationMention> leftPost(String text, RelationMention titled) {
        Mention person = titled.subject();
        Mention holder = titled.object();
        // a post held (not a membership: IEEE Fellow X离职 leaves a job, not the IEEE)
        if (holder.type().core() != CoreType.ORGANIZATION
                || titled.relation() != Relation.WORKS_FOR && titled.relation() != Relation.LEADS) {
            return java.util.Optional.empty();
        }
        if (LEAVES.matcher(text.substring(person.end(), Math.min(text.length(), person.end() + 8))).find()) {
            return java.util.Optional.of(new RelationMention(person, Relation.LEFT_TEAM, holder, titled.sentence(),
                    "title.left", 0.7));
        }
        if (holder.end() <= person.start()
                && POACHED.matcher(text.substring(Math.max(titled.sentence().start(), holder.start() - 5), holder.start())).find()) {
            return java.util.Optional.of(new RelationMention(person, Relation.LEFT_TEAM, holder, titled.sentence(),
                    "title.poached", 0.65));
        }
        return java.util.Optional.empty();
    }

    /** Between an organisation and its unit: 的, 旗下(的), 内部的, 下属(的). */
    private static final Pattern OWNING = Pattern.compile("\\s?(的|旗下的?|内部的|下属的?|有|拥有)\\s?");

    private static boolean isUnit(Mention m) {
        return UnitNameRecognizer.SOURCE.equals(m.source())
                || m.type() == EntityType.RESEARCH_LAB || m.type() == EntityType.TEAM;
    }

    /** A post written after a person's name: 张三教授, 李四研究员. */
    private static final Pattern POST_AFTER_NAME = Pattern.compile("^(教授|副教授|研究员|工程师|科学家|讲师|院士)");

    /** 作为 holder 的 title, then the person: 作为英伟达的首席科学家，王五主导了… */
    private java.util.Optional<RelationMention> asTitle(String text, Sentence sentence, Mention holder, Mention person) {
        if (person.type().core() != CoreType.PERSON || !holds(holder)
                || !AS_ROLE.matcher(text.substring(Math.max(sentence.start(), holder.start() - 3), holder.start())).find()) {
            return java.util.Optional.empty();
        }
        String between = text.substring(holder.end(), person.start());
        for (Title title : titles) {
            Matcher m = title.apposition().matcher(between);
            if (fits(title, holder) && !title.inverse() && m.find() && between.substring(m.end()).matches("\\s?[，,]\\s?")) {
                return java.util.Optional.of(stated(title, person, holder, "", sentence, "title.as"));
            }
        }
        return java.util.Optional.empty();
    }

    /** Person, then holder and title to the clause's end: 张三，英伟达CEO；李四（百度副总裁）. */
    private java.util.Optional<RelationMention> appositive(String text, Sentence sentence, Mention person,
                                                           Mention holder) {
        String between = text.substring(person.end(), holder.start());
        if (person.type().core() != CoreType.PERSON || !holds(holder) || !between.matches("\\s?[)）]?\\s?[，,（(]\\s?")) {
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

    /**
     * A person described by the posts they hold: 王五是纽约大学教授、某公司副总裁和首席科学家. After the
     * person and a copula (是, 现任, 曾任), each organisation followed by a title states that title's relation; the
     * description ends at the next person named.
     */
    private List<RelationMention> described(String text, Sentence sentence, List<Mention> outer, int i) {
        List<RelationMention> out = new ArrayList<>();
        Mention person = outer.get(i);
        if (person.type().core() != CoreType.PERSON || RelationExtractor.succeeded(text, person)
                || !COPULA.matcher(text.substring(person.end(), Math.min(sentence.end(), person.end() + 8))).find()) {
            return out;
        }
        for (int j = i + 1; j < outer.size(); j++) {
            Mention holder = outer.get(j);
            if (holder.type().core() == CoreType.PERSON || holder.start() - person.end() > 40
                    || text.substring(person.end(), holder.start()).contains("；")) {
                break;
            }
            if (holder.type().core() != CoreType.ORGANIZATION) {
                continue;
            }
            String after = text.substring(holder.end(), Math.min(sentence.end(), holder.end() + 20));
            boolean personNext = j + 1 < outer.size() && outer.get(j + 1).type().core() == CoreType.PERSON
                    && outer.get(j + 1).start() - holder.end() <= 12;
            Title best = null;
            String modifier = null;
            for (Title title : titles) {
                Matcher m = title.role().matcher(after);
                if (!title.inverse() && m.find() && (modifier == null || m.group("modifier").length() < modifier.length())) {
                    best = title;
                    modifier = m.group("modifier").strip();
                }
            }
            if (best != null && !personNext) {
                RelationMention r = stated(best, person, holder, modifier, sentence, "title.described");
                out.add(new RelationMention(r.subject(), r.relation(), r.object(), sentence, r.rule(),
                        Math.round(r.confidence() * 90) / 100.0));
            }
        }
        return out;
    }

    /** Joined persons (A与B和C) whose clause goes on with work they did together (提出, 创立, 发表, 合作). */
    private static final Pattern JOINER = Pattern.compile("^\\s?(与|和|跟|同|、|以及|及)\\s?$");
    private static final Pattern JOINT_WORK = Pattern.compile(
            "^[^，,。；;]{0,12}?(共同|一起|联合|合作)?(提出|发明|开发|创立|创办|创建|发表|撰写|研发|设计|完成|合著|合作|共事|研究)");
    /**
     * Joined organisations doing something together: only a word of jointness says so (A和B联合发布, A与B共同成立); A和B
     * 发布了 may be two launches.
     */
    private static final Pattern JOINT_ORGANIZATION_WORK = Pattern.compile(
            "^[^，,。；;]{0,6}?(共同|联合|一起|携手)(发布|推出|开发|研发|打造|成立|创立|建立|设立|组建|开展|举办|研制|发起)");

    /**
     * Persons named together (A与B和C, A、B和C) as the ones who did a piece of work (提出了反向传播, 创立了X, 合作过),
     * or organisations that did something jointly (A和B联合发布): each pair collaborates.
     */
    private static List<RelationMention> jointWork(String text, Sentence sentence, List<Mention> outer) {
        List<RelationMention> out = new ArrayList<>();
        int i = 0;
        while (i < outer.size()) {
            CoreType core = outer.get(i).type().core();
            int j = i;
            while (j + 1 < outer.size() && outer.get(j + 1).type().core() == core
                    && JOINER.matcher(text.substring(outer.get(j).end(), outer.get(j + 1).start())).matches()) {
                j++;
            }
            Pattern together = core == CoreType.PERSON ? JOINT_WORK
                    : core == CoreType.ORGANIZATION ? JOINT_ORGANIZATION_WORK : null;
            if (j > i && together != null && together.matcher(
                    text.substring(outer.get(j).end(), Math.min(sentence.end(), outer.get(j).end() + 20))).find()) {
                for (int a = i; a <= j; a++) {
                    for (int b = a + 1; b <= j; b++) {
                        if (!outer.get(a).key().equals(outer.get(b).key())) {
                            out.add(new RelationMention(outer.get(a), Relation.COLLABORATES_WITH, outer.get(b),
                                    sentence, "collaboratesWith.joint", 0.65));
                        }
                    }
                }
            }
            i = Math.max(i + 1, j + 1);
        }
        return out;
    }

    /** Between two names: A 的训练性能是 B (the copula, with what is compared). */
    private static final Pattern IS = Pattern.compile("^[^，,。；;]{0,16}?(?:是|为|达到|相当于)[^，,。；;]{0,8}$");
    /** After the second name, and what of it is compared: 的 9 倍, 的2.3倍, 的一半, 增长的两倍多. */
    private static final Pattern TIMES = Pattern.compile(
            "^\\s?(?:\\p{IsHan}{1,4}?)?的\\s?(?:[0-9.]+|[一二两三四五六七八九十百千几数]+)\\s?(?:倍|成)"
                    + "|^\\s?(?:\\p{IsHan}{1,4}?)?的\\s?(?:一半|几分之一|[一二三四五六七八九十]+分之[一二三四五六七八九十]+)");

    /**
     * A comparison stated by a multiple (A 的性能是 B 的 9 倍, A 为 B 的一半): A comparesTo B, for products and
     * organisations alike (both names of one core class).
     */
    private static List<RelationMention> multiples(String text, Sentence sentence, List<Mention> outer) {
        List<RelationMention> out = new ArrayList<>();
        for (int i = 0; i + 1 < outer.size(); i++) {
            Mention a = outer.get(i);
            Mention b = outer.get(i + 1);
            boolean comparable = a.type().core() == b.type().core()
                    && (a.type().core() == CoreType.PROJECT || a.type().core() == CoreType.ORGANIZATION);
            if (comparable && !a.key().equals(b.key()) && IS.matcher(text.substring(a.end(), b.start())).find()
                    && TIMES.matcher(text.substring(b.end(), Math.min(sentence.end(), b.end() + 12))).find()) {
                out.add(new RelationMention(a, Relation.COMPARES_TO, b, sentence, "comparesTo.multiple", 0.65));
            }
        }
        return out;
    }

    /** 由 before the founder, who may be described first (由前某公司高管王五创立); not 由于, 自由, 理由, 经由. */
    private static final Pattern BY = Pattern.compile("(?<![自理经缘])由(?!于)\\s?[^，,。；;、由]{0,16}$");
    private static final Pattern FOUNDING = Pattern.compile(
            "^\\s?(?:等人?|等多人)?[^，,。；;]{0,14}?(创办|创立|创建|成立|建立|发起|创设|组建|联合创办|共同创办|共同创立)");

    /**
     * An organisation founded by persons named after 由 (X由A、B、C创办; X，由A于2010年创立): each founded it. The
     * organisation is the first one the sentence names before 由.
     */
    private static List<RelationMention> foundedBy(String text, Sentence sentence, List<Mention> outer) {
        List<RelationMention> out = new ArrayList<>();
        for (int i = 0; i < outer.size(); i++) {
            Mention first = outer.get(i);
            if (first.type().core() != CoreType.PERSON) {
                continue;
            }
            int window = Math.max(sentence.start(), first.start() - 18);
            Matcher by = BY.matcher(text.substring(window, first.start()));
            if (!by.find()) {
                continue;
            }
            int byAt = window + by.start();
            int j = i;
            while (j + 1 < outer.size() && outer.get(j + 1).type().core() == CoreType.PERSON
                    && JOINER.matcher(text.substring(outer.get(j).end(), outer.get(j + 1).start())).matches()) {
                j++;
            }
            if (!FOUNDING.matcher(text.substring(outer.get(j).end(), Math.min(sentence.end(), outer.get(j).end() + 24))).find()) {
                continue;
            }
            // The organisation the sentence is about: its first one, before 由 (创立于2016年的寒武纪出身中科院，由A创办).
            Mention org = null;
            for (int k = 0; k < i && org == null && outer.get(k).end() <= byAt; k++) {
                if (outer.get(k).type().core() == CoreType.ORGANIZATION) {
                    org = outer.get(k);
                }
            }
            for (int k = i; k <= j && org != null; k++) {
                out.add(new RelationMention(outer.get(k), Relation.FOUNDED, org, sentence, "founded.by", 0.7));
            }
        }
        return out;
    }

    /** 公司创始人X, 该校校长Y: the organisation is the last one named before the word that stands for it. */
    private java.util.Optional<RelationMention> generic(String text, Sentence sentence, List<Mention> outer, int i) {
        Mention person = outer.get(i);
        if (person.type().core() != CoreType.PERSON || holds(outer.get(i - 1))
                && outer.get(i - 1).end() >= person.start() - 12) {
            return java.util.Optional.empty(); // an organisation right before: titled() reads it
        }
        String before = text.substring(Math.max(sentence.start(), person.start() - 14), person.start());
        for (Title title : titles) {
            Matcher bare = title.bare().matcher(before);
            if (!title.inverse() && bare.find()) {
                // ，创始人X: the title at a clause's start is of the organisation the sentence is about.
                for (Mention holder : outer) {
                    if (holder.type().core() == CoreType.ORGANIZATION && holder.end() <= person.start() - bare.group().length()
                            && holder == firstOrganisation(outer)) {
                        return java.util.Optional.of(new RelationMention(person, title.relation(), holder, sentence,
                                "title.topic", Math.round(title.confidence() * 85) / 100.0));
                    }
                }
            }
            Matcher m = title.generic().matcher(before);
            if (!title.inverse() && m.find()) {
                int wordStart = person.start() - before.length() + m.start();
                for (int j = i - 1; j >= 0; j--) {
                    Mention holder = outer.get(j);
                    if (holder.end() <= wordStart && holder.type().core() == CoreType.ORGANIZATION) {
                        return java.util.Optional.of(new RelationMention(person, title.relation(), holder, sentence,
                                "title.generic", Math.round(title.confidence() * 85) / 100.0));
                    }
                }
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.empty();
    }

    private static Mention firstOrganisation(List<Mention> outer) {
        return outer.stream().filter(m -> m.type().core() == CoreType.ORGANIZATION).findFirst().orElse(null);
    }

    private static boolean holds(Mention holder) {
        return holder.type().core() == CoreType.ORGANIZATION || holder.type().core() == CoreType.PROJECT;
    }

    private static boolean fits(Title title, Mention holder) {
        if (title.relation() == Relation.STUDIED_AT) {
            // a student is a university's or a lab's, not a company's
            return holder.type().core() == CoreType.ORGANIZATION && holder.type() != dev.tupu.model.EntityType.COMPANY;
        }
        return title.inverse() ? holder.type().core() == CoreType.PROJECT
                : title.relation() == Relation.FOUNDED || title.relation() == Relation.LEADS
                || holder.type().core() == CoreType.ORGANIZATION;
    }

    /**
     * The relation a title states. A head's title over a unit named between holder and title (华为上海研究所所长X)
     * is the unit's, not the holder's: X works for the holder.
     */
    private static RelationMention stated(Title title, Mention person, Mention holder, String modifier,
                                          Sentence sentence, String rule) {
        if (title.inverse()) {
            return new RelationMention(holder, title.relation(), person, sentence, rule, title.confidence());
        }
        Relation relation = title.relation();
        // A head's title after words naming a unit (某公司上海研究所所长, 某公司AI负责人) heads the unit, not the whole.
        if (relation == Relation.LEADS && headsAUnit(modifier)) {
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
            // A class or team named after an association (ACM班) is not one of its units.
            case ORGANIZATION -> head.type() == EntityType.COMMUNITY ? java.util.Optional.empty() : java.util.Optional.of(
                    new RelationMention(team, Relation.PART_OF, head, sentence, "team.namedAfterOrganization", 0.7));
            default -> java.util.Optional.empty();
        };
    }

}
