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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds {@link Layer#CANDIDATES}: a unit's name standing apart from its organisation's, where the text says it is
 * one: after the organisation and 的 or 旗下 (腾讯的优图实验室, 甲公司旗下的AI Lab), after a verb of setting one up
 * (成立了大数据实验室, 设立了数据科学研究院), or listed with another such name (X实验室、Y实验室和Z研究院). The
 * name is a qualifier of two to ten characters (Chinese, Latin or digits, no function word, not a count: 五大实验室)
 * and a unit word: 实验室, 研究院, 事业部, 工作室, Lab. A unit glued to its organisation's name (华为上海研究所) is {@link TeamRecognizer}'s.
 */
public final class UnitNameRecognizer implements Stage {
    public static final String SOURCE = "unit";
    private static final Pattern UNIT = Pattern.compile(
            "实验室|研究院|研究所|研究中心|研发中心|创新中心|研究室|事业部|事业群|工作室|AI Lab\\b|Labs?\\b");
    /** Characters a qualifier may not hold: function words, counters, demonstratives. */
    private static final String NOT_QUALIFIER = "的和或在是为从到对把被将了着过等、其该这那个一各每某本此新旧原前下有还也都即如";
    /** Joining words a qualifier may hold between two fields (数据科学与技术研究院), not after a name (甲与乙研究院). */
    private static final String INNER_JOINERS = "与及";
    private static final int MIN_QUALIFIER = 2;
    private static final int MAX_QUALIFIER = 12;
    /** Unit words that name a company's division whatever the text around says: 医疗事业部, 微信事业群. */
    private static final Pattern DIVISION = Pattern.compile("事业部|事业群");
    /** Verbs of setting a unit up: 成立了X实验室, 设立X研究院. */
    private static final String SET_UP_VERBS = "(成立|设立|组建|建立|创建|创办|筹建|新建)";
    /** Setting a unit up, right before its name. */
    private static final Pattern SET_UP = Pattern.compile("(" + SET_UP_VERBS + "|成立起)了?\\s?$");
    /** A verb of setting up inside the characters a qualifier would take (牵头筹建X实验室): the name starts after it. */
    private static final Pattern SET_UP_INSIDE = Pattern.compile(SET_UP_VERBS + "了?");
    /** After an organisation's name: its unit (腾讯的X, 甲旗下的Y). */
    private static final Pattern OWNED = Pattern.compile("(的|旗下的?|内部的|下属的?)\\s?$");
    /** Between two units listed together. */
    private static final Pattern JOINED = Pattern.compile("\\s?(、|和|与|及|以及)\\s?");

    /** Reads the words too where a segmenter ran (a division's qualifier); without them it finds no division. */
    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.NORMALIZED, Layer.CANDIDATES);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.CANDIDATES);
    }

    @Override
    public Annotation apply(Annotation in) {
        String text = in.normalized();
        List<int[]> spans = new ArrayList<>();
        Matcher unit = UNIT.matcher(text);
        while (unit.find()) {
            int start = afterSetUpVerb(text, qualifierStart(text, unit.start()), unit.start());
            // AI Lab is a name by itself (腾讯有AI Lab、优图实验室); other unit words need a qualifier.
            int qualifier = unit.group().equals("AI Lab") ? MIN_QUALIFIER : unit.start() - start;
            if (qualifier >= MIN_QUALIFIER && !COUNTED.matcher(text.substring(start, unit.start())).lookingAt()) {
                spans.add(new int[] {start, unit.end(), unit.start()});
            }
        }
        List<Mention> found = new ArrayList<>();
        for (int[] span : spans) {
            if (overlapsOrganization(in, span[0], span[1])) {
                continue; // a unit glued to its organisation's name is found already; it still lists others
            }
            String before = text.substring(Math.max(0, span[0] - 6), span[0]);
            if (SET_UP.matcher(before).find() || ownedByOrganization(in, span[0], before) || listedWithUnit(text, spans, span)) {
                found.add(new Mention(span[0], span[1], in.original().substring(span[0], span[1]),
                        TeamRecognizer.unitType(text.substring(span[2], span[1])), null, SOURCE));
            } else if (DIVISION.matcher(text.substring(span[2], span[1])).matches()) {
                // A division needs no context, but its qualifier is only the nouns right before it (属于移动互联网事业群).
                int start = nounRunStart(in, span[0], span[2]);
                if (span[2] - start >= MIN_QUALIFIER) {
                    found.add(new Mention(start, span[1], in.original().substring(start, span[1]), EntityType.ORGANIZATION,
                            null, SOURCE));
                }
            }
        }
        return found.isEmpty() ? in : in.plusCandidates(found);
    }

    /** A verb of setting up inside the qualifier's characters (牵头筹建X实验室): the name starts after it. */
    private static int afterSetUpVerb(String text, int start, int unitStart) {
        int from = Math.max(0, start - 1); // the qualifier's reach may have cut the verb (筹|建)
        Matcher verb = SET_UP_INSIDE.matcher(text.substring(from, unitStart));
        int after = start;
        while (verb.find()) {
            after = Math.max(start, from + verb.end());
        }
        return after;
    }

    /**
     * Where the run of nouns right before {@code unitStart} begins, no earlier than {@code from}: the segmenter's words
     * tagged as nouns, verbal nouns, abbreviations or symbols (互联网+合作). {@code unitStart} when there are none.
     */
    private static int nounRunStart(Annotation in, int from, int unitStart) {
        int start = unitStart;
        List<Token> tokens = in.tokens();
        int before = unitStart > 0 ? WordAlignment.indexAt(tokens, unitStart - 1) : -1;
        for (int i = before; i >= 0; i--) {
            Token t = tokens.get(i);
            // nouns and the symbols between them (互联网+合作)
            if (t.end() != start || t.start() < from || !(Names.isQualifierTag(t.tag()) || t.tag().equals("w"))) {
                break;
            }
            start = t.start();
        }
        return start;
    }

    /** A counted kind (五大实验室, 三个研究院, 两家研究所): no name. */
    private static final Pattern COUNTED = Pattern.compile("[0-9一二三四五六七八九十两几多数][大个家所类种支间座]");

    /** True when another unit's name is joined to this one (X实验室、Y实验室和Z研究院). */
    private static boolean listedWithUnit(String text, List<int[]> spans, int[] span) {
        for (int[] other : spans) {
            if (other == span) {
                continue;
            }
            String gap = other[1] <= span[0] ? text.substring(other[1], span[0])
                    : span[1] <= other[0] ? text.substring(span[1], other[0]) : null;
            if (gap != null && JOINED.matcher(gap).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Where the qualifier before a unit word at {@code unitStart} begins (unitStart itself: none). */
    private static int qualifierStart(String text, int unitStart) {
        int start = unitStart;
        while (start > 0 && unitStart - start < MAX_QUALIFIER && isQualifierChar(text, start - 1)) {
            start--;
        }
        // A joiner holds two fields together (数据科学与技术): at least two characters of a field on each side.
        while (start < unitStart && (text.charAt(start) == ' ' || INNER_JOINERS.indexOf(text.charAt(start)) >= 0
                || joinerWithin(text, start, 2))) {
            start++;
        }
        return start;
    }

    /** True when a joiner stands within {@code n} characters after {@code at}: too short a field before it. */
    private static boolean joinerWithin(String text, int at, int n) {
        for (int i = at + 1; i <= at + n && i < text.length(); i++) {
            if (INNER_JOINERS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isQualifierChar(String text, int at) {
        char c = text.charAt(at);
        if (c == ' ') {
            return at > 0 && Names.isLatinWordChar(text.charAt(at - 1));
        }
        return Names.isLatinWordChar(c) || c == '+' || c == '&'
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && NOT_QUALIFIER.indexOf(c) < 0;
    }

    /** After an organisation's name and 的 / 旗下 (腾讯的X实验室). */
    private static boolean ownedByOrganization(Annotation in, int start, String before) {
        Matcher owned = OWNED.matcher(before);
        if (!owned.find()) {
            return false;
        }
        int ownerEnd = start - (before.length() - owned.start());
        return in.candidates().stream().anyMatch(c -> c.end() == ownerEnd && c.type().core() == CoreType.ORGANIZATION);
    }

    /** True when an organisation's name found already overlaps the span (a unit glued to its organisation's). */
    private static boolean overlapsOrganization(Annotation in, int start, int end) {
        return in.candidates().stream().anyMatch(c -> c.type().core() == CoreType.ORGANIZATION
                && c.start() < end && start < c.end());
    }
}
