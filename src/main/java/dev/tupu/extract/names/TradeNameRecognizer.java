package dev.tupu.extract.names;

import dev.tupu.extract.Annotation;
import dev.tupu.extract.Layer;
import dev.tupu.extract.Stage;
import dev.tupu.model.CoreType;
import dev.tupu.model.EntityType;
import dev.tupu.model.Mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds {@link Layer#CANDIDATES}: a company's name of the usual Chinese shape, a trade name of two characters and its
 * field (星河科技, 蓝海智能, 启明资本: 字号 + 行业, as company names are registered), where the text puts an
 * organisation: before a post (X的CEO, X联合创始人Y), after a verb whose object is one (加盟X, 转投X, 创办了X), as the
 * subject of what companies do (X宣布, X成立于), or beside another organisation (A与X). The shape alone is too loose
 * (人工智能, 新能源汽车 are words, not names); the place alone does not say where the name begins. Once found, the
 * name's other occurrences in the text are mentions too.
 */
public final class TradeNameRecognizer implements Stage {
    public static final String SOURCE = "trade-name";

    /**
     * The field words that close a company's name: industries and lines of business common in registered Chinese
     * company names (the 行业 of 字号 + 行业 + 组织形式), written out from general knowledge of the naming rules.
     */
    private static final String FIELDS = "科技|智能|资本|集团|控股|汽车|动力|电气|电子|网络|信息|软件|通信|医疗|生物|"
            + "新能源|能源|半导体|微电子|机器人|数据|传媒|文化|娱乐|互娱|金融|银行|证券|基金|保险|地产|置业|实业|重工|"
            + "制造|智造|创投|咨询|机械|材料|化工|食品|电器|影业|游戏|物流|医药|药业|健康|光电|航空|航天|视觉|互联";
    /** The kinds of research organisation named the same way (光年实验室): a lab, not a company. */
    private static final String LAB_KINDS = "实验室|研究院|研究所";
    private static final Pattern SHAPE = Pattern.compile("(?<trade>[\\p{IsHan}&&[^的了是在和与及或为对被把将从向由以于等之其该此这那个一两几各多某每只前原]]{2})"
            + "(?:(?<lab>" + LAB_KINDS + ")|" + FIELDS + ")");
    /** What organisations do together: 合作, 签署, 合并, 竞争. */
    private static final Pattern TOGETHER = Pattern.compile("合作|签约|签署|达成|联合|共同|竞争|合并|结盟|联手");
    private static final Pattern CLAUSE_END = Pattern.compile("[，。；！？,;!?]");

    private final Predicate<String> knownWord;
    private final Predicate<String> descriptive;

    /**
     * @param knownWord   true for a word a dictionary lists: such a word (人工智能) is no company's name
     * @param descriptive true for a word that describes a field rather than names a company (无线, 国际, 传统)
     */
    public TradeNameRecognizer(Predicate<String> knownWord, Predicate<String> descriptive) {
        this.knownWord = knownWord;
        this.descriptive = descriptive;
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
        // A name found supports the names listed with it (星河资本领投，云帆创投、国科资本和蓝海基金跟投): read again with
        // the names found, until no more are (a list is read in a few rounds).
        java.util.Map<String, EntityType> names = new java.util.LinkedHashMap<>();
        Seen before = new Seen(in);
        Seen seen = before;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            java.util.Map<String, EntityType> more = shapedNames(seen, names.keySet());
            if (more.isEmpty()) {
                break;
            }
            names.putAll(more);
            seen = new Seen(in.plusCandidates(occurrences(before, names)));
        }
        return names.isEmpty() ? in : in.plusCandidates(occurrences(before, names));
    }

    private static final int MAX_ROUNDS = 4;

    /** Names of the shape where the text puts an organisation, not among {@code known}. */
    private java.util.Map<String, EntityType> shapedNames(Seen seen, Set<String> known) {
        String text = seen.in().normalized();
        java.util.Map<String, EntityType> names = new java.util.LinkedHashMap<>();
        Matcher m = SHAPE.matcher(text);
        for (int i = 0; i + 4 <= text.length(); i++) {
            // Only where a field word follows two characters: the regular expression alone tried every position.
            if (!fieldAt(text, i + 2)) {
                continue;
            }
            m.region(i, text.length());
            if (m.lookingAt() && !known.contains(m.group()) && isName(seen, m.start(), m.end())) {
                names.putIfAbsent(m.group(), m.group("lab") != null ? EntityType.RESEARCH_LAB : EntityType.COMPANY);
                i = m.end() - 1;
            }
        }
        return names;
    }

    /** Every occurrence of the names as whole words, where no other organisation's name stands. */
    private static List<Mention> occurrences(Seen seen, java.util.Map<String, EntityType> names) {
        Annotation in = seen.in();
        String text = in.normalized();
        List<Mention> found = new ArrayList<>();
        for (var named : names.entrySet()) {
            String name = named.getKey();
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
                int end = at + name.length();
                if (WordAlignment.alignedOrGlued(in.tokens(), text, at, end) && !seen.overlapsOrganization(at, end)) {
                    found.add(new Mention(at, end, in.original().substring(at, end), named.getValue(), null, SOURCE));
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(Mention::start));
        return found;
    }

    private static final Set<String> FIELD_WORDS = new java.util.HashSet<>(List.of((LAB_KINDS + "|" + FIELDS).split("\\|")));

    /** True when a field word (科技, 实验室) starts at {@code at}. */
    private static boolean fieldAt(String text, int at) {
        return (at + 2 <= text.length() && FIELD_WORDS.contains(text.substring(at, at + 2)))
                || (at + 3 <= text.length() && FIELD_WORDS.contains(text.substring(at, at + 3)));
    }

    /** True when {@code [start, end)} has the shape, stands as words, and sits where an organisation goes. */
    private boolean isName(Seen seen, int start, int end) {
        if (!plausible(seen, start, end)) {
            return false;
        }
        String text = seen.in().normalized();
        String before = text.substring(Math.max(0, start - 6), start);
        String after = text.substring(end, Math.min(text.length(), end + 24));
        return OrganizationSlots.fits(before, after)
                || seen.joinedToOrganization(start, end)
                || pairedWithAnother(seen, start, end, before, after);
    }

    /**
     * True when the shaped span could be a name: no dictionary word or description, whole words, no other reading,
     * and not counted as a kind of thing (各家发卡银行, 这家X: 家 counts companies, not names).
     */
    private boolean plausible(Seen seen, int start, int end) {
        Annotation in = seen.in();
        String name = in.normalized().substring(start, end);
        return !knownWord.test(name) && (start == 0 || in.normalized().charAt(start - 1) != '家')
                && !descriptive.test(name.substring(0, 2)) && WordAlignment.alignedOrGlued(in.tokens(), in.normalized(), start, end)
                && !seen.overlapsOrganization(start, end) && !seen.tradeIsPlace(start, start + 2);
    }

    /**
     * Two names of the shape joined (A与X), with what organisations do together later in the clause (达成合作,
     * 签署协议, 展开竞争): each supports the other.
     */
    private boolean pairedWithAnother(Seen seen, int start, int end, String before, String after) {
        String text = seen.in().normalized();
        int pairEnd;
        Matcher a = OrganizationSlots.JOINED_AFTER.matcher(after);
        Matcher b = OrganizationSlots.JOINED_BEFORE.matcher(before);
        if (a.find() && shapedAt(seen, end + a.group().length()) > 0) {
            pairEnd = shapedAt(seen, end + a.group().length());
        } else if (b.find() && shapedEndingAt(seen, start - b.group().length())) {
            pairEnd = end;
        } else {
            return false;
        }
        Matcher clauseEnd = CLAUSE_END.matcher(text);
        int to = clauseEnd.find(pairEnd) ? clauseEnd.start() : text.length();
        return TOGETHER.matcher(text.substring(pairEnd, to)).find();
    }

    /** The end of a plausible name of the shape starting at {@code at}, or -1. */
    private int shapedAt(Seen seen, int at) {
        Matcher m = SHAPE.matcher(seen.in().normalized());
        m.region(at, seen.in().normalized().length());
        return m.lookingAt() && plausible(seen, at, m.end()) ? m.end() : -1;
    }

    /** True when a plausible name of the shape ends at {@code at}. */
    private boolean shapedEndingAt(Seen seen, int at) {
        for (int from = Math.max(0, at - 5); from <= at - 4; from++) {
            Matcher m = SHAPE.matcher(seen.in().normalized());
            m.region(from, at);
            if (m.matches() && plausible(seen, from, at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A text and its names found so far, indexed once (a long text has many shaped spans, each checked against the
     * names): where organisations stand, where they start and end, and how far a lexicon's place reaches.
     */
    private static final class Seen {
        private final Annotation in;
        private final boolean[] organization;
        private final OrganizationSlots.OrganizationEdges edges;
        private final int[] placeReach;

        Seen(Annotation in) {
            this.in = in;
            int length = in.normalized().length();
            organization = new boolean[length + 1];
            placeReach = new int[length + 1];
            java.util.Arrays.fill(placeReach, -1);
            for (Mention c : in.candidates()) {
                if (c.type().core() == CoreType.ORGANIZATION) {
                    java.util.Arrays.fill(organization, c.start(), c.end(), true);
                } else if (c.type().core() == CoreType.PLACE && LexiconRecognizer.SOURCE.equals(c.source())) {
                    placeReach[c.start()] = Math.max(placeReach[c.start()], c.end());
                }
            }
            for (int i = 1; i < placeReach.length; i++) {
                placeReach[i] = Math.max(placeReach[i], placeReach[i - 1]);
            }
            edges = OrganizationSlots.OrganizationEdges.of(in.candidates());
        }

        Annotation in() {
            return in;
        }

        /** True when another organisation's name overlaps the span: that reading stands. */
        boolean overlapsOrganization(int start, int end) {
            for (int i = start; i < end; i++) {
                if (organization[i]) {
                    return true;
                }
            }
            return false;
        }

        /** True when the trade name is a place's name (中国科技, 北京汽车 are read as the place's field). */
        boolean tradeIsPlace(int start, int end) {
            return placeReach[start] >= end;
        }

        /** True when another organisation's name is joined to the span by 与, 和, 及, 同 or a list comma. */
        boolean joinedToOrganization(int start, int end) {
            return edges.joined(in.normalized(), start, end);
        }
    }
}
