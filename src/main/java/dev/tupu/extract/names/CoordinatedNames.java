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
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds {@link Layer#CANDIDATES}: names coordinated with names of one kind take that kind. In 英伟达、AMD、Marvell和
 * Qualcomm (A、B和C, or A和B) a member nothing recognised is typed like the members that were, when it has a name's
 * form: a capitalised Latin-script name that is no common word (Marvell: a company beside companies, LeCun a person
 * beside persons, Keras software beside software) or, beside organisations, a company's short name from the general
 * list (see {@link ListedCompanyRecognizer}). The recognised members must agree on their class and be a third of the
 * list or more; a list of common words (AI、云计算和大数据) or of mixed kinds types nothing.
 */
public final class CoordinatedNames implements Stage {
    public static final String SOURCE = "coordinated";
    private static final Pattern JOINER = Pattern.compile("以及|和|与|及");
    /** A Latin-script name of up to three capitalised words (Marvell, Sequoia Heritage, Landing.AI). */
    private static final String LATIN_WORD = "[A-Z][A-Za-z0-9]*(?:[.&'-][A-Za-z0-9]+)*";
    private static final Pattern LATIN = Pattern.compile(LATIN_WORD + "(?: " + LATIN_WORD + "){0,2}");
    private static final Pattern LATIN_AT_END = Pattern.compile("(?<![A-Za-z0-9.&'-])" + LATIN.pattern() + "$");
    private static final int LONGEST_MEMBER = 16;
    private static final int LONGEST_LISTED = 4;
    /** Recognised members must be at least one in this many. */
    private static final int MIN_KNOWN_SHARE = 3;

    private final Set<String> listedCompanies;
    private final Predicate<String> commonLatin;
    private final Predicate<String> commonWord;
    private final Predicate<String> knownWord;

    /**
     * @param listedCompanies company short names (a member beside organisations may be one)
     * @param commonLatin     true for a Latin word that is no name (AI, GPU, Deep)
     * @param commonWord      true for a Chinese word that is no company's name, whatever the list says: a common word
     *                        or a place name of the dictionary's (松江 in a list of districts)
     * @param knownWord       true for any word of the dictionary: never a name nothing recognised
     */
    public CoordinatedNames(Set<String> listedCompanies, Predicate<String> commonLatin, Predicate<String> commonWord,
                            Predicate<String> knownWord) {
        this.listedCompanies = listedCompanies;
        this.commonLatin = commonLatin;
        this.commonWord = commonWord;
        this.knownWord = knownWord;
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
        if (text.indexOf('、') < 0) {
            return in;
        }
        List<Mention> found = new ArrayList<>();
        Index idx = new Index(in.candidates());
        int clauseStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || isClauseBreak(text.charAt(i))) {
                if (i - clauseStart >= 3) {
                    for (List<Member> list : lists(in, idx, clauseStart, i)) {
                        found.addAll(typeMembers(in, idx, list));
                    }
                }
                clauseStart = i + 1;
            }
        }
        return found.isEmpty() ? in : in.plusCandidates(found);
    }

    /** The recognised names by where they start and end, built once per text (a long text has many lists). */
    private static final class Index {
        private final java.util.Map<Integer, List<Mention>> byStart = new java.util.HashMap<>();
        private final java.util.Map<Integer, List<Mention>> byEnd = new java.util.HashMap<>();
        private final java.util.TreeMap<Integer, List<Mention>> sortedByStart = new java.util.TreeMap<>();
        private int longest;

        Index(List<Mention> candidates) {
            for (Mention c : candidates) {
                byStart.computeIfAbsent(c.start(), k -> new ArrayList<>()).add(c);
                byEnd.computeIfAbsent(c.end(), k -> new ArrayList<>()).add(c);
                longest = Math.max(longest, c.end() - c.start());
            }
            sortedByStart.putAll(byStart);
        }

        List<Mention> startingAt(int at) {
            return byStart.getOrDefault(at, List.of());
        }

        List<Mention> endingAt(int at) {
            return byEnd.getOrDefault(at, List.of());
        }

        /** The names overlapping {@code [start, end)}, in the candidates' order within each start. */
        List<Mention> overlapping(int start, int end) {
            List<Mention> out = new ArrayList<>();
            for (List<Mention> at : sortedByStart.subMap(start - longest, true, end, false).values()) {
                for (Mention c : at) {
                    if (c.start() < end && start < c.end()) {
                        out.add(c);
                    }
                }
            }
            return out;
        }
    }

    /** One listed member: its span, and the name recognised there (null when none). */
    private record Member(int start, int end, Mention known) {
    }

    /**
     * The lists in the clause {@code [from, to)}: the spans between its list commas, cut into separate lists where
     * one is too long to be a member (甲、乙等二十多个剧团、舞团向观众呈献了…、高水平: two lists).
     */
    private List<List<Member>> lists(Annotation in, Index idx, int from, int to) {
        String text = in.normalized();
        List<int[]> pieces = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '、') {
                pieces.add(new int[] {start, i});
                start = i + 1;
            }
        }
        pieces.add(new int[] {start, to});
        List<List<Member>> lists = new ArrayList<>();
        int first = 0;
        for (int p = 1; p < pieces.size(); p++) {
            boolean lastPiece = p == pieces.size() - 1;
            if (lastPiece || pieces.get(p)[1] - pieces.get(p)[0] > LONGEST_MEMBER) {
                // A long piece ends one list (its first words are that list's last member) and starts the next.
                lists.add(members(in, idx, pieces.subList(first, p + 1)));
                first = p;
            }
        }
        return lists;
    }

    /**
     * The members of one list: the first ends at the first piece's end, the last starts the last piece and may be two
     * joined by 和 / 与 / 及; members between are whole. Empty when the pieces hold no list.
     */
    private List<Member> members(Annotation in, Index idx, List<int[]> pieces) {
        String text = in.normalized();
        List<Member> members = new ArrayList<>();
        if (pieces.size() == 1) {
            return members; // A和B alone is as often a person with an organisation (X和Y团队合作): no list
        }
        int[] first = pieces.get(0);
        Member head = memberEndingAt(in, idx, first[0], first[1]);
        members.add(head != null ? head : new Member(first[1], first[1], null));
        for (int p = 1; p < pieces.size() - 1; p++) {
            int[] piece = pieces.get(p);
            members.add(wholeMember(in, idx, piece[0], piece[1]));
        }
        int[] lastPiece = pieces.get(pieces.size() - 1);
        Matcher joiner = JOINER.matcher(text.substring(lastPiece[0], lastPiece[1]));
        while (joiner.find()) {
            Member beforeJoiner = wholeMember(in, idx, lastPiece[0], lastPiece[0] + joiner.start());
            Member afterJoiner = memberStartingAt(in, idx, lastPiece[0] + joiner.end(), lastPiece[1]);
            if (afterJoiner == null) {
                afterJoiner = memberBeforeDeng(in, idx, lastPiece[0] + joiner.end(), lastPiece[1]);
            }
            if (beforeJoiner.end() > beforeJoiner.start() && (beforeJoiner.known() != null || isNameShaped(in, beforeJoiner)
                    || isChineseNameShaped(in, beforeJoiner)) && afterJoiner != null) {
                members.add(beforeJoiner);
                members.add(afterJoiner);
                return members;
            }
        }
        Member tail = memberStartingAt(in, idx, lastPiece[0], lastPiece[1]);
        if (tail == null) {
            tail = memberBeforeDeng(in, idx, lastPiece[0], lastPiece[1]);
        }
        members.add(tail != null ? tail : new Member(lastPiece[0], lastPiece[0], null));
        return members;
    }

    /** The last member closed by 等 (…、Y和Z等参投): the words before it, when they may be a name; null otherwise. */
    private Member memberBeforeDeng(Annotation in, Index idx, int from, int to) {
        int deng = in.normalized().indexOf('等', from);
        if (deng < 0 || deng >= to) {
            return null;
        }
        Member m = wholeMember(in, idx, from, deng);
        return m.end() > m.start() && isChineseNameShaped(in, m) ? m : null;
    }

    /** A middle member: the whole span between two list commas, trimmed of spaces and quotes. */
    private static Member wholeMember(Annotation in, Index idx, int from, int to) {
        String text = in.normalized();
        while (from < to && isPadding(text.charAt(from))) {
            from++;
        }
        while (to > from && isPadding(text.charAt(to - 1))) {
            to--;
        }
        if (to - from > LONGEST_MEMBER) {
            return new Member(from, from, null);
        }
        if (to - from > 3 && text.charAt(from) == '原' && candidate(idx, from, to) == null) {
            from++; // 原国内贸易部: the former ministry, named without 原
        }
        return new Member(from, to, candidate(idx, from, to));
    }

    /** The first member: a recognised name, a Latin name or a listed name ending at {@code to}; null when none. */
    private Member memberEndingAt(Annotation in, Index idx, int from, int to) {
        String text = in.normalized();
        while (to > from && text.charAt(to - 1) == ' ') {
            to--;
        }
        Mention longest = null;
        for (Mention c : idx.endingAt(to)) {
            if (c.end() == to && c.start() >= from && (longest == null || c.start() < longest.start())) {
                longest = c;
            }
        }
        if (longest != null) {
            return beginsPhrase(in, longest.start()) ? new Member(longest.start(), to, longest) : null;
        }
        Matcher latin = LATIN_AT_END.matcher(text.substring(Math.max(from, to - LONGEST_MEMBER * 2), to));
        if (latin.find()) {
            int start = to - latin.group().length();
            return beginsPhrase(in, start) ? new Member(start, to, null) : null;
        }
        for (int start = Math.max(from, to - LONGEST_LISTED); start <= to - 2; start++) {
            if (isListed(in, start, to) && beginsPhrase(in, start)) {
                return new Member(start, to, null);
            }
        }
        return null;
    }

    /** The last member: a recognised name, a Latin name or a listed name starting at {@code from}; null when none. */
    private Member memberStartingAt(Annotation in, Index idx, int from, int to) {
        String text = in.normalized();
        while (from < to && text.charAt(from) == ' ') {
            from++;
        }
        Mention longest = null;
        for (Mention c : idx.startingAt(from)) {
            if (c.start() == from && c.end() <= to && (longest == null || c.end() > longest.end())) {
                longest = c;
            }
        }
        if (longest != null) {
            return endsPhrase(in, longest.end()) ? new Member(from, longest.end(), longest) : null;
        }
        Matcher latin = LATIN.matcher(text.substring(from, Math.min(to, from + LONGEST_MEMBER * 2)));
        if (latin.lookingAt() && endsPhrase(in, from + latin.end())) {
            return new Member(from, from + latin.end(), null);
        }
        for (int end = Math.min(to, from + LONGEST_LISTED); end >= from + 2; end--) {
            if (isListed(in, from, end) && endsPhrase(in, end)) {
                return new Member(from, end, null);
            }
        }
        return null;
    }

    /**
     * True when a noun phrase may begin at {@code at}: after a non-Chinese character, or after a word that is no
     * noun (包括X、, 投资了X、): 新西兰人X、 or 元禾原点 hold a name that is not the member.
     */
    private static boolean beginsPhrase(Annotation in, int at) {
        if (at == 0 || !isHan(in.normalized().charAt(at - 1))) {
            return at == 0 || !Names.isLatinWordChar(in.normalized().charAt(at - 1));
        }
        Token before = WordAlignment.tokenAt(in.tokens(), at - 1);
        return before != null && before.end() == at && !isNounLike(before);
    }

    /** True when a noun phrase may end at {@code at}: before a non-Chinese character or a word that is no noun. */
    private static boolean endsPhrase(Annotation in, int at) {
        String text = in.normalized();
        if (at == text.length() || !isHan(text.charAt(at))) {
            return at == text.length() || !Names.isLatinWordChar(text.charAt(at));
        }
        Token after = WordAlignment.tokenAt(in.tokens(), at);
        // a count after the last member ends it (A、B和C三款软件)
        return after != null && after.start() == at && (!isNounLike(after) || after.tag().equals("m"));
    }

    private static boolean isNounLike(Token t) {
        return Names.isNounTag(t.tag()) || t.tag().startsWith("n") || t.tag().equals("vn") || t.tag().startsWith("a")
                || t.tag().equals("j") || t.tag().equals("k") || t.tag().equals("q") || t.tag().equals("m");
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** The recognised name spanning exactly {@code [from, to)}, or null. */
    private static Mention candidate(Index idx, int from, int to) {
        for (Mention c : idx.startingAt(from)) {
            if (c.start() == from && c.end() == to) {
                return c;
            }
        }
        return null;
    }

    /** Types the members nothing recognised by the members that were recognised, when these agree. */
    private List<Mention> typeMembers(Annotation in, Index idx, List<Member> members) {
        if (members.size() < 2) {
            return List.of();
        }
        CoreType core = null;
        EntityType type = null;
        int known = 0;
        Set<CoreType> shapeCores = new java.util.HashSet<>();
        for (Member m : members) {
            if (m.known() == null) {
                continue;
            }
            if (typedByShapeAlone(m.known())) {
                // LeCun is software by its shape only: it says nothing of the list, but of a list of another kind.
                shapeCores.add(m.known().type().core());
                continue;
            }
            known++;
            if (core != null && m.known().type().core() != core) {
                return List.of(); // mixed kinds: the list says nothing
            }
            core = m.known().type().core();
            type = type == null || type == m.known().type() ? m.known().type() : coreType(core);
        }
        if (known == 0 || known * MIN_KNOWN_SHARE < members.size() || !shapeCores.isEmpty() && !shapeCores.equals(Set.of(core))) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        for (Member m : members) {
            if (m.known() != null || m.end() <= m.start()) {
                continue;
            }
            String name = in.normalized().substring(m.start(), m.end());
            if (overlapsName(idx, m) && !(core == CoreType.ORGANIZATION && holdsOnlyOrganizations(idx, m)
                    && isChineseNameShaped(in, m))) {
                continue;
            }
            EntityType memberType = null;
            if (isLatinName(name) && (core != CoreType.PERSON || knownAllLatin(members))) {
                memberType = type; // a Latin name beside Chinese persons' is rarely a person's (嘉和美康、Prenetics)
            } else if (core == CoreType.ORGANIZATION && isListed(in, m.start(), m.end())) {
                memberType = EntityType.COMPANY;
            } else if (core == CoreType.ORGANIZATION && isChineseNameShaped(in, m)) {
                memberType = type; // rare words among organisations (国科投资, 元禾原点), longer than a name in them
            }
            if (memberType != null) {
                out.add(new Mention(m.start(), m.end(), in.original().substring(m.start(), m.end()), memberType, null,
                        SOURCE));
            }
        }
        return out;
    }

    /** A Latin name the recogniser typed by its shape alone (CamelCase: software), nothing in the text saying so. */
    private static boolean typedByShapeAlone(Mention m) {
        return LatinNameRecognizer.SOURCE.equals(m.source()) && m.type() == LatinNameRecognizer.byShape(m.text());
    }

    private static boolean knownAllLatin(List<Member> members) {
        return members.stream().filter(m -> m.known() != null).noneMatch(m -> Names.hasHan(m.known().text()));
    }

    private static EntityType coreType(CoreType core) {
        return EntityType.byLocalName(core.localName()).orElseThrow();
    }

    private boolean isNameShaped(Annotation in, Member m) {
        return isLatinName(in.normalized().substring(m.start(), m.end())) || isListed(in, m.start(), m.end());
    }

    /**
     * Chinese words that may be a name nothing recognised: three to six characters standing as whole words, no word
     * of the dictionary, and opening with a word that is no common word (国科投资, 元禾原点; not 企鹅医生, 云计算).
     */
    private boolean isChineseNameShaped(Annotation in, Member m) {
        String name = in.normalized().substring(m.start(), m.end());
        if (name.length() < 3 || name.length() > 6 || !Names.isAllHan(name) || knownWord.test(name)
                || !WordAlignment.aligned(in.tokens(), m.start(), m.end())) {
            return false;
        }
        // The first word is the trade name, rare in the dictionary or a name's (国科 of 国科投资, 中科图灵); a common
        // word first makes a description (社会发展计划); single characters are often listed as surnames (高 in 高水平).
        Token first = WordAlignment.tokenAt(in.tokens(), m.start());
        return first != null && first.word().length() >= 2 && first.word().length() <= 4 && !commonWord.test(first.word());
    }

    /** A capitalised Latin-script name whose first word and whole are no common words (AI Lab, GPU are not). */
    private boolean isLatinName(String name) {
        if (!LATIN.matcher(name).matches()) {
            return false;
        }
        int space = name.indexOf(' ');
        String first = space < 0 ? name : name.substring(0, space);
        return name.length() >= 2 && !commonLatin.test(first) && !commonLatin.test(name);
    }

    /** A listed company's short name standing as whole words, no common word of the dictionary. */
    private boolean isListed(Annotation in, int start, int end) {
        String name = in.normalized().substring(start, end);
        return listedCompanies.contains(name) && Names.isAllHan(name) && !commonWord.test(name)
                && WordAlignment.aligned(in.tokens(), start, end);
    }

    /** True when every name overlapping the member lies inside it and is an organisation's (国科 in 国科投资). */
    private static boolean holdsOnlyOrganizations(Index idx, Member m) {
        return idx.overlapping(m.start(), m.end()).stream()
                .allMatch(c -> c.start() >= m.start() && c.end() <= m.end() && c.type().core() == CoreType.ORGANIZATION);
    }

    private static boolean overlapsName(Index idx, Member m) {
        return !idx.overlapping(m.start(), m.end()).isEmpty();
    }

    private static boolean isPadding(char c) {
        return c == ' ' || "“”\"《》「」".indexOf(c) >= 0;
    }

    private static boolean isClauseBreak(char c) {
        return "，,。；;：:！!？?（(）)\n".indexOf(c) >= 0;
    }
}
