package dev.tupu.extract.hanlp;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.nr.TranslatedPersonDictionary;

import java.util.function.Predicate;

/**
 * HanLP's core dictionary, read-only: which words it knows only as common words, never as names. Used for person
 * names (measured: +1 point F1 on persons; on organisations it costs, as the dictionary tags many institutions n).
 */
public final class HanlpDictionary {
    private HanlpDictionary() {
    }

    /** True for a word the dictionary lists with no person, place or organisation nature (陈设, 周折, 林场). */
    public static Predicate<String> commonWords() {
        return word -> {
            CoreDictionary.Attribute attribute = CoreDictionary.get(word);
            if (attribute == null) {
                return false;
            }
            for (Nature nature : attribute.nature) {
                String tag = nature.toString();
                if (tag.startsWith("nr") || tag.startsWith("ns") || tag.startsWith("nt") || tag.startsWith("nz")) {
                    return false;
                }
            }
            return true;
        };
    }

    /**
     * True for a character common in transliterated foreign names (斯, 克, 尔, 特, 亚, ...): HanLP's dictionary of
     * transliterated person names lists, beside the names, every character found in ten names or more.
     */
    public static Predicate<Character> transliterationCharacters() {
        return c -> TranslatedPersonDictionary.containsKey(String.valueOf(c));
    }

    /**
     * True for a word that reads as a description before a company's field rather than as its trade name: the
     * dictionary lists it mostly as other than a noun (无线, 投资, 大型), or as a noun common in news (国际, 传统: seen
     * {@value #COMMON_NOUN} times or more in the dictionary's counts), while trade names are rare words or none.
     */
    public static Predicate<String> descriptiveWords() {
        return word -> {
            CoreDictionary.Attribute attribute = CoreDictionary.get(word);
            if (attribute == null) {
                return false;
            }
            int noun = 0;
            int other = 0;
            for (int i = 0; i < attribute.nature.length; i++) {
                if (attribute.nature[i].toString().startsWith("n")) {
                    noun += attribute.frequency[i];
                } else {
                    other += attribute.frequency[i];
                }
            }
            return other >= noun || noun >= COMMON_NOUN;
        };
    }

    private static final int COMMON_NOUN = 100;

    /** True for a word the dictionary lists as a place name (ns), whatever else it may be (松江, 金山). */
    public static Predicate<String> placeNames() {
        return word -> {
            CoreDictionary.Attribute attribute = CoreDictionary.get(word);
            if (attribute == null) {
                return false;
            }
            for (Nature nature : attribute.nature) {
                if (nature.toString().startsWith("ns")) {
                    return true;
                }
            }
            return false;
        };
    }

    /** True for any word HanLP's core dictionary lists (中国人, 北大荒), whatever its nature. */
    public static Predicate<String> knownWords() {
        return word -> CoreDictionary.contains(word);
    }
}
