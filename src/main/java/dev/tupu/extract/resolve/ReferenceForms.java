package dev.tupu.extract.resolve;

import dev.tupu.extract.Annotation;
import dev.tupu.extract.Layer;
import dev.tupu.extract.Stage;
import dev.tupu.extract.names.Lexicon;
import dev.tupu.extract.names.LexiconEntry;
import dev.tupu.extract.names.Names;
import dev.tupu.extract.names.TeamRecognizer;
import dev.tupu.model.CoreType;
import dev.tupu.model.Mention;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds {@link Layer#CANDIDATES}: the other ways a text refers to a person or thing it has named.
 * <ul>
 *   <li>an alias it introduces: 深度数据公司（以下简称深数）, 阿里巴巴（Alibaba）, 王小明，人称“明神” — the alias and
 *       its later occurrences refer to the named entity;</li>
 *   <li>a Chinese person's surname with a title (王教授, 王总) or given name with 神 (小明神) — kept only where exactly
 *       one person of the text fits (see {@link MentionResolver}).</li>
 * </ul>
 * Such a candidate's key is {@code ref:START}, the offset of the name it refers to; resolution replaces it.
 */
public final class ReferenceForms implements Stage {
    public static final String ALIAS = "alias";
    public static final String TITLE_FORM = "title-form";
    /** How a reference's key starts; the offset of the name it refers to follows. */
    private static final String REFERENCE = "ref:";
    private static final Pattern INTRODUCED = Pattern.compile(
            "^\\s?[（(]\\s?(以下简称|以下称|简称|下称|又称|又名|俗称|人称|英文名|英文简称|英文|全称|即)?[:：]?\\s?[\"“「]?"
                    + "([^）)”」\"，,。；;]{1,24}?)[\"”」]?\\s?[)）]");
    private static final Pattern CALLED = Pattern.compile("^\\s?[，,]\\s?(人称|外号|绰号|昵称|被称为|江湖人称)\\s?[\"“「]([^”」\"]{1,12})[\"”」]");
    private static final Pattern NOT_AN_ALIAS = Pattern.compile("[\\d\\s.%年月日—–~～-]+|图|记者.*|摄|译|注|下同|同上");
    private static final String TITLES = "教授|副教授|博士|老师|先生|女士|院士|总|主任|书记|校长|院长|所长";

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
        List<Mention> found = new ArrayList<>();
        for (Mention name : in.candidates()) {
            if (TeamRecognizer.isTeam(name)) {
                continue;
            }
            String after = text.substring(name.end(), Math.min(text.length(), name.end() + 40));
            Matcher introduced = INTRODUCED.matcher(after);
            Matcher called = CALLED.matcher(after);
            Matcher m = introduced.find() ? introduced : called.find() ? called : null;
            if (m == null) {
                continue;
            }
            String alias = m.group(2).strip();
            boolean marked = m.group(1) != null;
            String written = text.substring(name.start(), name.end());
            if (NOT_AN_ALIAS.matcher(alias).matches() || alias.equals(written)
                    || !(marked || !Names.hasHan(alias) || isAbbreviationOf(alias, written))) {
                continue;
            }
            int aliasStart = name.end() + m.start(2) + (m.group(2).length() - m.group(2).stripLeading().length());
            for (int at : occurrences(text, alias, aliasStart)) {
                found.add(new Mention(at, at + alias.length(), in.original().substring(at, at + alias.length()),
                        name.type(), REFERENCE + name.start(), ALIAS));
            }
        }
        found.addAll(titleForms(in));
        return in.plusCandidates(found);
    }

    /** The start of the name that a candidate keyed as a reference refers to, or -1 for any other key. */
    static int referredStart(String key) {
        return key.startsWith(REFERENCE) ? Integer.parseInt(key.substring(REFERENCE.length())) : -1;
    }

    /** 上海交大 abbreviates 上海交通大学: its characters appear in the name, in order, and it is shorter. */
    static boolean isAbbreviationOf(String alias, String name) {
        if (alias.length() >= name.length()) {
            return false;
        }
        int i = 0;
        for (char c : name.toCharArray()) {
            if (i < alias.length() && alias.charAt(i) == c) {
                i++;
            }
        }
        return i == alias.length();
    }

    /** Where {@code word} stands in {@code text} from {@code from} on, as a whole word if it is Latin. */
    private static List<Integer> occurrences(String text, String word, int from) {
        List<Integer> at = new ArrayList<>();
        int i = text.indexOf(word, from);
        while (i >= 0) {
            int end = i + word.length();
            boolean whole = (i == 0 || !Names.isLatinWordChar(text.charAt(i - 1)))
                    && (end >= text.length() || !Names.isLatinWordChar(text.charAt(end)));
            if (whole) {
                at.add(i);
            }
            i = text.indexOf(word, end);
        }
        return at;
    }

    private static List<Mention> titleForms(Annotation in) {
        Set<String> forms = new LinkedHashSet<>();
        for (Mention m : in.candidates()) {
            String name = in.normalized().substring(m.start(), m.end());
            if (m.type().core() == CoreType.PERSON && name.length() >= 2 && name.length() <= 3
                    && name.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                for (String title : TITLES.split("\\|")) {
                    forms.add(name.substring(0, 1) + title);
                }
                forms.add(name.substring(1) + "神");
            }
        }
        // One scan of the text for every form at once.
        List<LexiconEntry> entries = forms.stream()
                .map(f -> new LexiconEntry(f, dev.tupu.model.EntityType.PERSON, List.of("=" + f))).toList();
        List<Mention> found = new ArrayList<>();
        for (Lexicon.Match match : new Lexicon(entries).findAll(in.normalized())) {
            found.add(new Mention(match.start(), match.end(), in.original().substring(match.start(), match.end()),
                    dev.tupu.model.EntityType.PERSON, null, TITLE_FORM));
        }
        return found;
    }
}
