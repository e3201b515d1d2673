package dev.tupu.extract.names;

import dev.tupu.extract.Annotation;
import dev.tupu.extract.Layer;
import dev.tupu.extract.Stage;
import dev.tupu.model.CoreType;
import dev.tupu.model.EntityType;
import dev.tupu.model.Mention;
import dev.tupu.model.Token;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Adds {@link Layer#CANDIDATES}: a company's short name from a general list ({@code lexicon/company-short-names.txt},
 * 265,769 names: 比亚迪, 博世, 大润发) where the text puts an organisation ({@link OrganizationSlots}: 加盟X, X的CEO,
 * X宣布, A、X). The list alone is too loose (it holds words and given names: 天天, 阿宝), and so is a place alone; the
 * name must also stand as whole words and be no common word of the dictionary. Once found, its other occurrences are
 * mentions too.
 */
public final class ListedCompanyRecognizer implements Stage {
    public static final String SOURCE = "listed-company";
    private static final int LONGEST = 4;

    private final Set<String> names;
    private final Predicate<String> commonWord;
    private final Predicate<String> descriptive;
    private final Set<String> surnames = WordList.load("/lexicon/surnames.txt");

    /**
     * @param names       company short names
     * @param commonWord  true for a word the dictionary knows only as a common word (吉利, 天天): never taken
     * @param descriptive true for a word that reads as a description (统一, 无线: see TradeNameRecognizer): never taken,
     *                    nor a four-character name it begins (无线互联)
     */
    public ListedCompanyRecognizer(Set<String> names, Predicate<String> commonWord, Predicate<String> descriptive) {
        this.names = names;
        this.commonWord = commonWord;
        this.descriptive = descriptive;
    }

    /** The shipped list, loaded once. */
    public static Set<String> defaultNames() {
        return Holder.NAMES;
    }

    private static final class Holder {
        // A HashSet, not Set.copyOf: the immutable set probes linearly, and the hashes of short Chinese strings
        // cluster (31 * c1 + c2), which made each look-up a long probe (the pipeline's speed fell by a third).
        static final Set<String> NAMES = new java.util.HashSet<>(WordList.load("/lexicon/company-short-names.txt"));
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
        List<Token> tokens = in.tokens();
        Set<String> found = new LinkedHashSet<>();
        OrganizationSlots.OrganizationEdges organizations = OrganizationSlots.OrganizationEdges.of(in.candidates());
        for (int i = 0; i < tokens.size(); i++) {
            int start = tokens.get(i).start();
            if (Character.UnicodeScript.of(text.codePointAt(start)) != Character.UnicodeScript.HAN) {
                continue;
            }
            for (int j = i; j < tokens.size() && tokens.get(j).end() - start <= LONGEST; j++) {
                int end = tokens.get(j).end();
                String name = text.substring(start, end);
                if (end - start >= 2 && names.contains(name) && Names.isAllHan(name) && !commonWord.test(name)
                        && !descriptive.test(name) && !(name.length() == 4 && descriptive.test(name.substring(0, 2)))
                        && (inPlace(in, organizations, start, end) && !overlapsName(in, start, end, false)
                            || inOrganizationsPlace(in, start, end) && !overlapsName(in, start, end, true))) {
                    found.add(name);
                }
            }
        }
        List<Mention> mentions = new ArrayList<>();
        for (String name : found) {
            boolean overPersons = !surnames.contains(name.substring(0, 1));
            for (int at : WordAlignment.wholeWordOccurrences(text, tokens, name)) {
                int end = at + name.length();
                if (!overlapsName(in, at, end, overPersons)) {
                    mentions.add(new Mention(at, end, in.original().substring(at, end), EntityType.COMPANY, null, SOURCE));
                }
            }
        }
        return in.plusCandidates(mentions);
    }

    /** Where the text puts an organisation, or beside one (A、X). */
    private boolean inPlace(Annotation in, OrganizationSlots.OrganizationEdges organizations, int start, int end) {
        String text = in.normalized();
        return OrganizationSlots.fits(text.substring(Math.max(0, start - 6), start),
                text.substring(end, Math.min(text.length(), end + 24)))
                || organizations.joined(text, start, end);
    }

    /** True where no person goes (加盟X, 供应商X) and no Chinese surname begins the name. */
    private boolean inOrganizationsPlace(Annotation in, int start, int end) {
        String text = in.normalized();
        return !surnames.contains(text.substring(start, start + 1))
                && OrganizationSlots.afterOrganizationWord(text.substring(Math.max(0, start - 6), start));
    }

    /**
     * True when another name overlaps the span: that reading stands (三峡, 南极 are places), except the name tagger's
     * person where {@code overPersons} (a transliterated company name it took for one: 比亚迪, 德尔福, where no person
     * goes and no Chinese surname begins it).
     */
    private static boolean overlapsName(Annotation in, int start, int end, boolean overPersons) {
        return in.candidates().stream().anyMatch(c -> c.start() < end && start < c.end()
                && (c.type().core() != CoreType.PERSON || !(overPersons && TaggedNameRecognizer.MODEL.equals(c.source()))));
    }
}
