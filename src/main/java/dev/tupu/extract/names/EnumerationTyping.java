package dev.tupu.extract.names;

import dev.tupu.extract.Annotation;
import dev.tupu.extract.Layer;
import dev.tupu.extract.Stage;
import dev.tupu.model.CoreType;
import dev.tupu.model.EntityType;
import dev.tupu.model.Mention;
import dev.tupu.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Corrects {@link Layer#CANDIDATES} by the noun an enumeration closes with, the Chinese form of Hearst's
 * "X, Y and other Zs" pattern: in 甲、乙、丙等三家公司 (X、Y等机构, X、Y和Z等人) every member is what the noun says.
 * A member some recogniser typed otherwise (a company read as a person because its name looks like one) takes the
 * noun's class; a member no recogniser found is proposed when a third of the list's members or more are names
 * already (so a list of industries, 钢铁、煤炭等企业, proposes nothing). The noun must end a word of the segmenter's
 * (公司 in 公司债 closes nothing) and the phrase (等公司领导 lists leaders); the list is a run of members joined by 、
 * (the last may be joined by 和, 与, 及). Hearst's other form, "Zs such as X, Y and W", is read the same way: the
 * kind, then 包括 / 比如 / 例如 and the members (芯片厂商，比如甲、乙和丙; 媒体上，包括《甲报》、《乙刊》).
 */
public final class EnumerationTyping implements Stage {
    public static final String SOURCE = "enumeration";

    /** The noun closing an enumeration, and the class its members take. Longer nouns first (企业家 before 企业). */
    private static final Map<String, EntityType> HEADS = heads();
    private static final Pattern CLOSING = Pattern.compile(
            "等(?![待级于同候号效价量])等?(?<count>[0-9一二三四五六七八九十百千几数多余两]*[多余]?)"
                    + "(?<classifier>家|个|所|位|名|款|种|座|支|人)?(?<modifier>[\\p{IsHan}A-Za-z]{0,6}?)"
                    + "(?<head>" + String.join("|", HEADS.keySet()) + ")");
    private static final Pattern NOT_MODIFIER = Pattern.compile("[和与及或的]");
    private static final Pattern JOINER = Pattern.compile("(以及|和|与|及|跟|同)");
    private static final int MAX_MEMBER = 12;
    private static final int MAX_MEMBERS = 30;
    /** Unnamed members are proposed when at least one in this many members is a name already. */
    private static final int MIN_NAMED_SHARE = 3;

    private final java.util.function.Predicate<String> commonLatin;

    /** Without a list of common Latin words: every capitalised one may be a product's name. */
    public EnumerationTyping() {
        this(word -> false);
    }

    /** @param commonLatin true for a Latin word that is no name (AI, GPU): never a product listed by its kind */
    public EnumerationTyping(java.util.function.Predicate<String> commonLatin) {
        this.commonLatin = commonLatin;
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.NORMALIZED, Layer.TOKENS, Layer.CANDIDATES);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.CANDIDATES);
    }

    @Override
    public Annotation apply(Annotation in) {
        String text = in.normalized();
        List<Mention> candidates = new ArrayList<>(in.candidates());
        boolean changed = false;
        // The cue words first (rare), then the kind before each: one long alternation tried at every character
        // would cost more than the rest of this stage.
        Matcher cue = SUCH_AS_CUE.matcher(text);
        while (cue.find()) {
            Matcher kind = KIND_BEFORE_CUE.matcher(text.substring(Math.max(0, cue.start() - 12), cue.start()));
            List<Member> members = kind.find() ? listedAfter(text, cue.end()) : List.of();
            if (members.size() >= 2) {
                changed |= type(in, candidates, members, HEADS.get(kind.group("head")));
            }
        }
        if (text.indexOf('等') < 0) {
            return changed ? in.withCandidates(candidates) : in;
        }
        WordEdges words = null;
        Matcher closing = CLOSING.matcher(text);
        while (closing.find()) {
            if (words == null) {
                words = new WordEdges(in.tokens(), text.length());
            }
            int headEnd = closing.end("head");
            EntityType type = HEADS.get(closing.group("head"));
            String modifier = closing.group("modifier");
            // The noun must close the phrase (等公司领导 names leaders, not companies) and stand alone for persons
            // (中科院、深圳大学等客座教授 are where the professor teaches).
            if (!words.ends[headEnd] || words.nounStarts[headEnd] || NOT_MODIFIER.matcher(modifier).find()
                    || (type.core() == CoreType.PERSON && !modifier.isEmpty())) {
                continue;
            }
            List<Member> members = members(text, closing.start());
            if (members.size() < 2) {
                continue;
            }
            changed |= type(in, candidates, members, type);
        }
        return changed ? in.withCandidates(candidates) : in;
    }

    /** A kind, then the words that introduce examples of it: 媒体上，包括, 芯片厂商，如, 企业例如. */
    private static final Pattern SUCH_AS_CUE = Pattern.compile("(?:包括|比如|例如|诸如|像是|譬如)\\s?[：:]?\\s?");
    private static final Pattern KIND_BEFORE_CUE = Pattern.compile("(?<head>" + String.join("|", HEADS.keySet())
            + ")(?:上|中|里)?\\s?[，,：:]?\\s?$");

    /**
     * The members listed from {@code from} on (Hearst's "Zs such as X, Y and W"): spans between 、 up to the clause's
     * end or 等, the last one split at 和 / 与 / 及; title marks and quotes around a member are not part of it.
     */
    private static List<Member> listedAfter(String text, int from) {
        int end = from;
        while (end < text.length() && !isClauseBreakOutsideMarks(text.charAt(end)) && text.charAt(end) != '等') {
            end++;
        }
        List<Member> members = new ArrayList<>();
        int start = from;
        for (int i = from; i <= end; i++) {
            if (i == end || text.charAt(i) == '、') {
                if (i > start) {
                    members.add(unmarked(text, start, i));
                }
                start = i + 1;
            }
        }
        if (!members.isEmpty()) {
            splitLastAtJoiner(text, members, true);
        }
        return members.size() > MAX_MEMBERS ? List.of() : members;
    }

    /** A clause break other than title marks and quotes, which a listed title stands in. */
    private static boolean isClauseBreakOutsideMarks(char c) {
        return isClauseBreak(c) && "“”\"《》".indexOf(c) < 0;
    }

    /** A member's span without white space, title marks or quotes around it. */
    private static Member unmarked(String text, int from, int to) {
        while (from < to && (Character.isWhitespace(text.charAt(from)) || "《“\"「".indexOf(text.charAt(from)) >= 0)) {
            from++;
        }
        while (to > from && (Character.isWhitespace(text.charAt(to - 1)) || "》”\"」".indexOf(text.charAt(to - 1)) >= 0)) {
            to--;
        }
        return new Member(from, to, false);
    }

    /** One member of an enumeration; {@code first} runs back to the clause's start and must hold a known name. */
    private record Member(int start, int end, boolean first) {
    }

    /** Where the segmenter's words end, and where its nouns begin (a noun after the closing one continues it). */
    private static final class WordEdges {
        final boolean[] ends;
        final boolean[] nounStarts;

        WordEdges(List<Token> tokens, int length) {
            ends = new boolean[length + 1];
            nounStarts = new boolean[length + 1];
            for (Token t : tokens) {
                ends[t.end()] = true;
                if (t.tag().startsWith("n") || t.tag().equals("vn")) {
                    nounStarts[t.start()] = true;
                }
            }
        }
    }

    /**
     * The members of the enumeration ending at {@code end}, in text order: spans between 、 (the last may be two
     * joined by 和, 与, 及), each cut after its last 的 (做手机的乐想 → 乐想). The first member runs back to the
     * clause's start and is cut to its recognised name later.
     */
    private static List<Member> members(String text, int end) {
        List<Member> members = new ArrayList<>();
        int to = end;
        int from = to;
        while (from > 0 && members.size() < MAX_MEMBERS) {
            char c = text.charAt(from - 1);
            if (c == '、') {
                members.add(0, trimmed(text, from, to));
                to = from - 1;
                from = to;
                continue;
            }
            if (isClauseBreak(c) || to - from >= 40) {
                break;
            }
            from--;
        }
        if (members.isEmpty()) {
            return members;
        }
        members.add(0, new Member(from, to, true));
        splitLastAtJoiner(text, members, false);
        return members;
    }

    /**
     * The last member may be two joined by 和 / 与 / 及 (A、B和C等): split at the first joiner with a member on each
     * side; {@code unmark}: without title marks and quotes around the two.
     */
    private static void splitLastAtJoiner(String text, List<Member> members, boolean unmark) {
        Member last = members.get(members.size() - 1);
        Matcher joiner = JOINER.matcher(text.substring(last.start(), last.end()));
        while (joiner.find()) {
            int beforeJoiner = last.start() + joiner.start();
            int afterJoiner = last.start() + joiner.end();
            if (joiner.start() > 0 && afterJoiner < last.end()) {
                members.set(members.size() - 1, unmark ? unmarked(text, last.start(), beforeJoiner)
                        : new Member(last.start(), beforeJoiner, false));
                members.add(unmark ? unmarked(text, afterJoiner, last.end()) : new Member(afterJoiner, last.end(), false));
                return;
            }
        }
    }

    /** A member's span cut after its last 的, without white space at its ends. */
    private static Member trimmed(String text, int from, int to) {
        int de = text.lastIndexOf('的', to - 1);
        if (de >= from) {
            from = de + 1;
        }
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return new Member(from, to, false);
    }

    private static boolean isClauseBreak(char c) {
        return "，,。；;：:！!？?（(）)\n“”\"《》".indexOf(c) >= 0;
    }

    /** Types the members; returns whether a candidate changed. */
    private boolean type(Annotation in, List<Mention> candidates, List<Member> members, EntityType type) {
        List<Mention> named = new ArrayList<>();
        List<Member> unnamed = new ArrayList<>();
        for (Member member : members) {
            Mention name = nameEnding(candidates, member);
            if (name != null) {
                named.add(name);
            } else if (!member.first()) {
                unnamed.add(member);
            }
        }
        boolean changed = false;
        for (Mention name : named) {
            // a product kind retypes no name a lexicon gave its class (手机百度、爱奇艺等应用: 百度 stays a company)
            boolean known = type.core() == CoreType.PROJECT && LexiconRecognizer.SOURCE.equals(name.source());
            if (name.type().core() != type.core() && !known) {
                candidates.removeIf(c -> c.start() == name.start() && c.end() == name.end());
                candidates.add(new Mention(name.start(), name.end(), name.text(), type, null, SOURCE));
                changed = true;
            }
        }
        boolean latinProducts = type.core() == CoreType.PROJECT && !unnamed.isEmpty()
                && unnamed.stream().allMatch(m -> latinName(in.normalized().substring(m.start(), m.end())));
        if (named.size() * MIN_NAMED_SHARE >= members.size() || latinProducts) {
            for (Member member : unnamed) {
                if (plausibleName(in.normalized(), member) && candidates.stream().noneMatch(
                        c -> c.start() < member.end() && member.start() < c.end())) {
                    candidates.add(new Mention(member.start(), member.end(),
                            in.original().substring(member.start(), member.end()), type, null, SOURCE));
                    changed = true;
                }
            }
        }
        return changed;
    }

    /** The longest candidate ending where the member ends and starting inside it, or null. */
    private static Mention nameEnding(List<Mention> candidates, Member member) {
        Mention best = null;
        for (Mention c : candidates) {
            if (c.end() == member.end() && c.start() >= member.start() && (best == null || c.length() > best.length())) {
                best = c;
            }
        }
        return best;
    }

    /** A capitalised Latin name of one to three words, none of them a common word (AI, GPU, Deep). */
    private boolean latinName(String name) {
        if (!LATIN_NAME.matcher(name).matches()) {
            return false;
        }
        for (String word : name.split(" ")) {
            if (commonLatin.test(word)) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern LATIN_NAME = Pattern.compile("[A-Z][A-Za-z0-9]+(?: [A-Z][A-Za-z0-9]+){0,2}");

    private static boolean plausibleName(String text, Member member) {
        int length = member.end() - member.start();
        if (length < 2 || length > MAX_MEMBER) {
            return false;
        }
        String name = text.substring(member.start(), member.end());
        return name.codePoints().allMatch(cp -> Character.isLetterOrDigit(cp) || cp == ' ' || cp == '-' || cp == '.')
                && !name.chars().allMatch(Character::isDigit);
    }

    private static Map<String, EntityType> heads() {
        Map<String, EntityType> heads = new java.util.LinkedHashMap<>();
        put(heads, "企业家 创始人 科学家 研究员 学者 专家 人士 教授 高管 大佬 明星 演员 歌手 球员 选手 作家 嘉宾 人", EntityType.PERSON);
        put(heads, "公司 企业 集团 厂商 厂家 车企 巨头 运营商 供应商", EntityType.COMPANY);
        put(heads, "机构 单位 银行 品牌 组织 基金 资本", EntityType.ORGANIZATION);
        heads.put("媒体", EntityType.MEDIA_OUTLET);
        put(heads, "大学 高校 院校 学校", EntityType.UNIVERSITY);
        put(heads, "研究所 研究院 实验室", EntityType.RESEARCH_LAB);
        // kinds of product: a list of them types its members only where a third are names already, or all are
        // capitalised Latin names (平台包括Xa、Yb和Zc), never common nouns (手机、电脑等产品)
        put(heads, "框架 软件 平台 工具 应用", EntityType.SOFTWARE);
        put(heads, "大模型 模型", EntityType.MODEL);
        put(heads, "芯片 处理器 显卡", EntityType.PRODUCT);
        heads.put("数据集", EntityType.DATASET);
        heads.put("国家", EntityType.COUNTRY);
        heads.put("城市", EntityType.CITY);
        put(heads, "省份 省市 地区", EntityType.REGION);
        return heads;
    }

    private static void put(Map<String, EntityType> heads, String nouns, EntityType type) {
        for (String noun : nouns.split(" ")) {
            heads.put(noun, type);
        }
    }
}
