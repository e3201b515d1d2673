package dev.tupu.extract.names;

import dev.tupu.extract.Annotation;
import dev.tupu.extract.Layer;
import dev.tupu.extract.Stage;
import dev.tupu.model.EntityType;
import dev.tupu.model.Mention;
import dev.tupu.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds {@link Layer#CANDIDATES}: person, place and organisation names from the segmenter's tags (PKU tag set), with
 * the filters that keep HMM noise out: function words tagged as names (才是, 曾在), numbers with measure words
 * (6人), and organisation guesses that are not headed by an organisation word (一个研究团队, 产品组).
 */
public final class TaggedNameRecognizer implements Stage {
    /** The source of names from HanLP's HMM recognisers. */
    public static final String HMM = "hmm";
    /** The source of names from the trained perceptron model. */
    public static final String MODEL = "model";
    private static final Pattern ALL_HAN = Pattern.compile("[\\p{IsHan}·]+");
    private static final Pattern HAN_WITH_MARKS = Pattern.compile("(?=.*\\p{IsHan})[\\p{IsHan}·()（）—\\-0-9]+");
    private static final Pattern COMPANY_WORD = Pattern.compile("公司|企业|集团|厂商");
    private static final Pattern PLACE_SUFFIX = Pattern.compile(".{2,}(省|市|县|区|州|镇|乡|村|岛)");
    private static final Pattern ORG_SUFFIX =
            Pattern.compile(".{2,}?(大学|学院|公司|集团|研究院|研究所|研究中心|实验室|银行|医院|协会|学会|基金会|委员会|中学|小学)");
    private static final Pattern GENERIC_START = Pattern.compile("^(一|这|那|某|各|每|该|本|我|你|他|她|它|自己|有|其|多|几|第三方|\\d).*");
    /** Characters that end or follow the surname in HMM false positives: 曾在, 都有, 才是, 马行. */
    private static final String FUNCTION_CHARS = "在是有用的了会能都也就说被把从对为和与及或而且但又还再已曾将要可";

    /** A Chinese name tagged with a title or kinship word at its end is a title, not a name: 方律师, 王总. */
    private static final String TITLE_ENDINGS = "师长总生员家士工官哥姐叔姨";
    private static final Pattern NAMED_TEAM = Pattern.compile("(\\p{IsHan}{2,4}?)(团队|小组|课题组|研究组|实验室|组)");
    private final Set<String> noise;
    private final Set<String> surnames;
    private final String source;
    private final java.util.function.Predicate<String> commonWord;
    private boolean learnedBoundaries;

    /**
     * @param source {@link #HMM} for HanLP's HMM tags (noisy: organisation and place guesses need a head word), or
     *               {@link #MODEL} for the trained model's tags (trusted, still filtered for noise words and titles)
     */
    public TaggedNameRecognizer(String source) {
        this(source, word -> false);
    }

    /** @param commonWord true for a word a dictionary knows only as a common word: never taken as a person name */
    public TaggedNameRecognizer(String source, java.util.function.Predicate<String> commonWord) {
        this(WordList.load("/lexicon/noise-words.txt"), WordList.load("/lexicon/surnames.txt"), source, commonWord);
    }

    public TaggedNameRecognizer(Set<String> noise, Set<String> surnames, String source,
                                java.util.function.Predicate<String> commonWord) {
        this.noise = noise;
        this.surnames = surnames;
        this.source = source;
        this.commonWord = commonWord;
    }

    /**
     * Takes organisation names as tagged, without cutting one back to its head word: for names from the learned
     * tagger, whose boundaries are learned (国务院法制办公室 is whole), unlike HanLP's word-level names.
     */
    public TaggedNameRecognizer withLearnedBoundaries() {
        TaggedNameRecognizer copy = new TaggedNameRecognizer(noise, surnames, source, commonWord);
        copy.learnedBoundaries = true;
        return copy;
    }

    private boolean trusted() {
        return MODEL.equals(source);
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.TOKENS);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.CANDIDATES);
    }

    @Override
    public Annotation apply(Annotation in) {
        List<Mention> found = new ArrayList<>();
        java.util.Map<Integer, Integer> countryEnds = new java.util.HashMap<>();
        // other recognisers' names by where they start, indexed once (a long text has many)
        java.util.Map<Integer, List<Mention>> known = new java.util.HashMap<>();
        for (Mention m : in.candidates()) {
            if (m.type() == EntityType.COUNTRY) {
                countryEnds.merge(m.start(), m.end(), Math::max);
            }
            if (!source.equals(m.source())) {
                known.computeIfAbsent(m.start(), k -> new ArrayList<>()).add(m);
            }
        }
        for (Token token : mergeSplitNames(in.tokens())) {
            EntityType type = classify(token);
            if (type != null && type.core() == dev.tupu.model.CoreType.ORGANIZATION
                    && isCountrysCompany(token, countryEnds.get(token.start()))) {
                continue;
            }
            if (token.word().endsWith("旗") && in.normalized().startsWith("下", token.end())) {
                // X旗下 is "under X": the segmenter, trained on 1998 text without the word, glues 旗 to X (X旗, a
                // banner, a place); no name of the NER corpora ends in the 旗 of 旗下 (0 of 32).
                continue;
            }
            var leader = token.tag().startsWith("nt") || token.tag().startsWith("nr") ? leaderOfTeam(token)
                    : java.util.Optional.<Integer>empty();
            if (leader.isPresent()) {
                int end = leader.get();
                found.add(new Mention(token.start(), end, in.original().substring(token.start(), end),
                        EntityType.PERSON, null, source));
            } else if (type != null && !noise.contains(token.word())
                    && !(type == EntityType.PERSON && commonWord.test(token.word()))) {
                int end = type.core() == dev.tupu.model.CoreType.ORGANIZATION && !learnedBoundaries
                        ? token.start() + headEnd(token.word())
                        : token.end();
                if (type.core() == dev.tupu.model.CoreType.ORGANIZATION && headquartersLocated(in.normalized(), token.start(), end)) {
                    end -= 2; // 甲科技总部位于北京: 甲科技 is where its headquarters are
                }
                if (type.core() == dev.tupu.model.CoreType.ORGANIZATION && teamOfKnownOrganization(in, known, token.start(), end)) {
                    continue; // 谷歌团队: Google's team, no name of its own; 谷歌 stands
                }
                int start = token.start() + (endsVerbBefore(in.normalized(), token) ? 1
                        : type.core() == dev.tupu.model.CoreType.ORGANIZATION
                        ? Math.max(leadingVerb(token.word()), formerBefore(known, token)) : 0);
                found.add(new Mention(start, end, in.original().substring(start, end), type, null, source));
            }
        }
        return in.plusCandidates(found);
    }

    /**
     * True when the name's first character is the 得 of a verb before it (获得斯坦福大学博士学位: 获得 + 斯坦福大学);
     * names that begin with 得 (得克萨斯州) follow such a verb with a 得 of their own (赢得得克萨斯州).
     */
    private static boolean endsVerbBefore(String text, Token token) {
        return token.word().length() >= 3 && token.word().charAt(0) == '得' && token.start() > 0
                && "获取赢使记觉懂值晓博".indexOf(text.charAt(token.start() - 1)) >= 0;
    }

    private static final Pattern LOCATED_AFTER = Pattern.compile("^(位于|设在|设于|坐落|迁至|迁往|落户)");

    /** True when the name is another recogniser's organisation and 团队 after it (谷歌团队). */
    private static boolean teamOfKnownOrganization(Annotation in, java.util.Map<Integer, List<Mention>> known, int start,
                                                   int end) {
        return end - start >= 4 && in.normalized().startsWith("团队", end - 2)
                && known.getOrDefault(start, List.of()).stream().anyMatch(c -> c.end() == end - 2
                        && c.type().core() == dev.tupu.model.CoreType.ORGANIZATION);
    }

    /**
     * True when a name the tagger read ends in 总部 and a verb of being located follows (甲科技总部位于北京): the
     * organisation is named, its headquarters located; 解放军总部 alone is a name of its own.
     */
    private static boolean headquartersLocated(String text, int start, int end) {
        return end - start >= 4 && text.startsWith("总部", end - 2)
                && LOCATED_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 2))).find();
    }

    /** A verb of going to or joining an organisation, glued before its name by the segmenter (加盟X, 赴X). */
    private static final Pattern LEADING_VERB = Pattern.compile("^(加盟|加入|前往|离开|入职|转投|进入|跳槽至|跳槽到|赴)");

    /**
     * 1 when the name opens with 前 or 原 ("former") and another recogniser's name starts right after it (前加州伯克利:
     * 加州 a place; 原甲乙科技: 甲乙科技), so the word says what the person was, not the organisation's name; else 0.
     */
    private static int formerBefore(java.util.Map<Integer, List<Mention>> known, Token token) {
        char first = token.word().charAt(0);
        if ((first != '前' && first != '原') || token.word().length() < 4) {
            return 0;
        }
        return known.containsKey(token.start() + 1) ? 1 : 0;
    }

    /**
     * The length of a verb of going or joining that opens an organisation's name (赴斯坦福大学, 加盟X科技): none of the
     * 32,754 organisations of the NER corpora's training splits begins so; 0 when none, or when the rest is too short.
     */
    private static int leadingVerb(String word) {
        Matcher m = LEADING_VERB.matcher(word);
        return m.find() && word.length() - m.end() >= 2 ? m.end() : 0;
    }

    /**
     * A country and a bare word for a company (以色列公司, 美国企业) describe a company, they do not name one: in
     * MSRA's training split 2 of 128 such phrases are annotated organisations, in CLUENER's and Resume's none of 7.
     */
    private static boolean isCountrysCompany(Token token, Integer countryEnd) {
        return countryEnd != null && countryEnd < token.end()
                && COMPANY_WORD.matcher(token.word().substring(countryEnd - token.start())).matches();
    }

    /** 朱/nr 乃正/nr → 朱乃正/nr: a surname and a given name the segmenter cut apart. */
    private static List<Token> mergeSplitNames(List<Token> tokens) {
        List<Token> out = new ArrayList<>();
        for (Token t : tokens) {
            Token previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (previous != null && previous.tag().equals("nr") && t.tag().equals("nr") && previous.end() == t.start()
                    && previous.word().length() <= 2 && t.word().length() <= 2
                    && ALL_HAN.matcher(previous.word() + t.word()).matches()) {
                out.set(out.size() - 1, new Token(previous.start(), t.end(), previous.word() + t.word(), "nr"));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Where an organisation name ends: a tagged name that runs past its head word by a few characters
     * (华北电力集团公司骨干) ends at the head (华北电力集团公司).
     */
    static int headEnd(String word) {
        for (int cut = word.length(); cut >= Math.max(2, word.length() - 4); cut--) {
            if (OrganizationCompounder.HEAD.matcher(word.substring(0, cut)).matches()) {
                return cut;
            }
        }
        return word.length();
    }

    /** The end of a person's name that heads a token the tagger took for a team (王小明团队), if it is one. */
    private java.util.Optional<Integer> leaderOfTeam(Token token) {
        var m = NAMED_TEAM.matcher(token.word());
        if (!m.matches()) {
            return java.util.Optional.empty();
        }
        String name = m.group(1);
        boolean surname = surnames.contains(name.substring(0, 1))
                || (name.length() >= 3 && surnames.contains(name.substring(0, 2)));
        return surname && name.length() <= 3 && isPlausiblePersonName(name, "nr")
                ? java.util.Optional.of(token.start() + name.length()) : java.util.Optional.empty();
    }

    EntityType classify(Token token) {
        String word = token.word();
        String tag = token.tag();
        if (!tag.startsWith("nr") && !tag.startsWith("ns") && !tag.startsWith("nt")) {
            return null; // no name's tag: most words, read no further
        }
        // The model's names may hold digits, brackets and dashes (某某（中国）有限公司, 北京市171中学, 佩诺—里加集团);
        // not Latin letters: its Latin names are left to LatinNameRecognizer (measured: they cost precision).
        boolean written = trusted() ? HAN_WITH_MARKS.matcher(word).matches() : ALL_HAN.matcher(word).matches();
        if (!written || (word.length() < 2 && !trusted())) {
            return null;
        }
        if (tag.equals("nr") || tag.equals("nrf") || tag.equals("nrj")) {
            // The model's person names need no HMM-noise filter (one-character surnames, 周锡生, 傅全有).
            return trusted() || isPlausiblePersonName(word, tag) ? EntityType.PERSON : null;
        }
        if (tag.startsWith("ns")) {
            return trusted() || PLACE_SUFFIX.matcher(word).matches() ? EntityType.PLACE : null;
        }
        if (tag.startsWith("nt")) {
            return organizationType(word, tag);
        }
        return null;
    }

    private static boolean isPlausiblePersonName(String word, String tag) {
        if (tag.equals("nrf")) {
            return word.length() >= 2 && word.length() <= 8;
        }
        if (word.length() > 4 || TITLE_ENDINGS.indexOf(word.charAt(word.length() - 1)) >= 0) {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            if (FUNCTION_CHARS.indexOf(word.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    private EntityType organizationType(String word, String tag) {
        if (GENERIC_START.matcher(word).matches()) {
            return null;
        }
        boolean dictionaryOrganization = tag.length() > 2; // ntc, ntu, nts, nth, nto: from HanLP's dictionary
        var suffix = ORG_SUFFIX.matcher(word);
        if (suffix.matches()) {
            return switch (suffix.group(1)) {
                case "大学", "学院", "中学", "小学" -> EntityType.UNIVERSITY;
                case "公司", "集团", "银行" -> EntityType.COMPANY;
                case "研究院", "研究所", "研究中心", "实验室" -> EntityType.RESEARCH_LAB;
                default -> EntityType.ORGANIZATION;
            };
        }
        if (!dictionaryOrganization && !trusted()) {
            return null;
        }
        return switch (tag) {
            case "ntc" -> EntityType.COMPANY;
            case "ntu", "nts" -> EntityType.UNIVERSITY;
            default -> EntityType.ORGANIZATION;
        };
    }
}
