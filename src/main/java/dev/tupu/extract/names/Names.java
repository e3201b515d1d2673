package dev.tupu.extract.names;

import dev.tupu.extract.text.TextNormalizer;
import dev.tupu.model.CoreType;

import java.util.Locale;

/** How names are compared and keyed: one place, so lexicon entries and text mentions agree. */
public final class Names {
    private Names() {
    }

    /** The form names are matched in: half-width, lower-case, single spaces. Expects simplified Chinese. */
    public static String matchForm(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            out.append(TextNormalizer.halfWidth(name.charAt(i)));
        }
        return out.toString().toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    /**
     * The key of an entity with this name and core type, e.g. {@code project-mxnet}, {@code person-王小明}:
     * readable, stable across documents, and safe as one URL path segment.
     */
    public static String key(CoreType core, String name) {
        if (core == CoreType.PERSON) {
            name = MIDDLE_INITIAL.matcher(name).replaceAll(" "); // Alexei A. Efros is Alexei Efros
        }
        String slug = matchForm(name).replace("《", "").replace("》", "")
                .replace(' ', '-')
                .replaceAll("[^\\p{L}\\p{N}+#._-]", "");
        if (slug.isEmpty() || slug.startsWith(".")) {
            slug = "x" + Integer.toHexString(name.hashCode());
        }
        return prefix(core) + "-" + slug;
    }

    /** A middle initial between a Latin given and family name: the A. of Alexei A. Efros. */
    private static final java.util.regex.Pattern MIDDLE_INITIAL =
            java.util.regex.Pattern.compile("(?<=[A-Za-z]) [A-Z]\\. (?=[A-Z])");

    private static String prefix(CoreType core) {
        return switch (core) {
            case PERSON -> "person";
            case ORGANIZATION -> "org";
            case PROJECT -> "project";
            case PLACE -> "place";
        };
    }

    /** True for ASCII letters and digits: the characters a Latin name may not be glued to. */
    public static boolean isLatinWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** True when {@code text} has at least one Han character. */
    public static boolean hasHan(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    /**
     * True for a noun's part-of-speech tag: n, nz, ns, … and the noun morpheme Ng, which People's Daily's tag set
     * writes with a capital (the segmenter gives it to some rare two-character words).
     */
    public static boolean isNounTag(String tag) {
        return tag.startsWith("n") || tag.equals("Ng");
    }

    /**
     * True for a part of speech a name's qualifier is made of: a noun, a verbal noun, an abbreviation (j), a
     * distinguishing word (b) or a string of Latin letters (x): 语音 of 语音开放平台, 移动互联网 of 移动互联网事业群.
     */
    static boolean isQualifierTag(String tag) {
        return tag.startsWith("n") || tag.equals("vn") || tag.equals("j") || tag.equals("b") || tag.equals("x");
    }

    /** True when {@code text} is Han characters only. */
    public static boolean isAllHan(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return !text.isEmpty();
    }
}
