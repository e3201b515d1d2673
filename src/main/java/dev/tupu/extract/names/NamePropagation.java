package dev.tupu.extract.names;

import dev.tupu.extract.Annotation;
import dev.tupu.extract.Layer;
import dev.tupu.extract.Stage;
import dev.tupu.model.CoreType;
import dev.tupu.model.Mention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds {@link Layer#CANDIDATES}: once a person's name or a Latin-script name is recognised somewhere in a text, its
 * other occurrences are mentions too (the segmenter may have glued one of them to a neighbour, as in X团队). Latin
 * names must stand as whole words. Names of one character, and Chinese names of organisations and places (which
 * recur inside longer names, measured to cost F1), are not propagated. A person's name that runs on past another
 * person's name found in the same text (王小明从, 王小明正式), or into a word no name ends in (李四在), is cut back.
 */
public final class NamePropagation implements Stage {
    public static final String SOURCE = "propagated";
    private final WordAlignment alignment;

    public NamePropagation() {
        this(null);
    }

    /**
     * @param knownWord true for a word a dictionary lists: a short Chinese name is not propagated inside or across
     *                  such a word of the segmenter's (马克思 in 马克思主义); null to propagate everywhere (no words)
     */
    public NamePropagation(java.util.function.Predicate<String> knownWord) {
        this.alignment = knownWord == null ? null : new WordAlignment(knownWord);
    }

    @Override
    public Set<Layer> needs() {
        return alignment != null ? Set.of(Layer.NORMALIZED, Layer.TOKENS, Layer.CANDIDATES)
                : Set.of(Layer.NORMALIZED, Layer.CANDIDATES);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.CANDIDATES);
    }

    @Override
    public Annotation apply(Annotation in) {
        in = cutRunOnPersonNames(in);
        Map<String, Mention> names = new LinkedHashMap<>();
        for (Mention m : in.candidates()) {
            String name = in.normalized().substring(m.start(), m.end());
            boolean personOrLatin = m.type().core() == CoreType.PERSON || !Names.hasHan(name);
            if (!LexiconRecognizer.SOURCE.equals(m.source()) && m.length() >= 2 && personOrLatin) {
                names.putIfAbsent(name, m);
            }
            if (m.type().core() == CoreType.PERSON) {
                // The family name alone stands for a foreign person named in full: Anderson, 安德森.
                String family = familyName(name);
                if (family != null) {
                    names.putIfAbsent(family, m);
                }
            }
        }
        // One scan of the text for all the names at once (exact case; Latin names as whole words).
        List<LexiconEntry> entries = new ArrayList<>();
        names.forEach((name, m) -> entries.add(new LexiconEntry(name, m.type(), List.of("=" + name))));
        List<Mention> found = new ArrayList<>();
        String text = in.normalized();
        Lexicon known = new Lexicon(entries);
        List<Lexicon.Match> matches = alignment == null ? known.findAll(text)
                : known.findAll(text, alignment.fits(text, in.tokens()));
        for (Lexicon.Match match : matches) {
            found.add(new Mention(match.start(), match.end(), in.original().substring(match.start(), match.end()),
                    match.entry().type(), null, SOURCE));
        }
        return in.plusCandidates(found);
    }

    /**
     * The last part of a foreign person's name written in full (Ian Anderson → Anderson, 托马斯·安德森 → 安德森), when
     * it is long enough to stand alone; null otherwise.
     */
    static String familyName(String name) {
        int dot = Math.max(name.lastIndexOf('·'), Math.max(name.lastIndexOf('・'), name.lastIndexOf('•')));
        if (dot > 0 && name.length() - dot - 1 >= 2) {
            return name.substring(dot + 1).strip();
        }
        int space = name.lastIndexOf(' ');
        if (space > 0 && !Names.hasHan(name)) {
            String last = name.substring(space + 1);
            return last.length() >= 3 && Character.isUpperCase(last.charAt(0)) ? last : null;
        }
        return null;
    }

    /**
     * Words a Chinese person's name never ends in, which the tagger glues to one (李四在斯坦福…, 王五都和…): none of
     * the 15,000 three-character names of the NER corpora' training splits ends so but one in 都 and one in 也 of
     * 12,324 persons' names in MSRA's, CLUENER's, Weibo's and Resume's (和 does, 21 times: 陈金和).
     */
    private static final String SWALLOWED = "在从于是了将被把向对说等就都也还又却便仍并而即则已与";

    private static Annotation cutRunOnPersonNames(Annotation in) {
        java.util.Set<String> persons = new java.util.HashSet<>();
        for (Mention m : in.candidates()) {
            if (m.type().core() == CoreType.PERSON && m.length() >= 2) {
                String person = in.normalized().substring(m.start(), m.end());
                persons.add(person);
                if (person.length() >= 2 && person.length() <= 3 && Names.hasHan(person)) {
                    persons.add(person.substring(1) + "神"); // the usual nickname: given name + 神
                }
            }
        }
        List<Mention> cut = new ArrayList<>();
        for (Mention m : in.candidates()) {
            String name = in.normalized().substring(m.start(), m.end());
            String shorter = null;
            if (m.type().core() == CoreType.PERSON && Names.hasHan(name)) {
                for (int len = name.length() - 1; len >= 2 && shorter == null; len--) {
                    if (persons.contains(name.substring(0, len))) {
                        shorter = name.substring(0, len);
                    }
                }
                if (shorter == null && name.length() >= 3 && SWALLOWED.indexOf(name.charAt(name.length() - 1)) >= 0) {
                    shorter = name.substring(0, name.length() - 1);
                }
            }
            cut.add(shorter == null ? m : new Mention(m.start(), m.start() + shorter.length(),
                    in.original().substring(m.start(), m.start() + shorter.length()), m.type(), m.key(), m.source()));
        }
        return in.withCandidates(cut);
    }
}
