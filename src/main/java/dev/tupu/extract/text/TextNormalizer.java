package dev.tupu.extract.text;

import dev.tupu.extract.Annotation;
import dev.tupu.extract.Layer;
import dev.tupu.extract.Stage;

import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Adds {@link Layer#NORMALIZED}: full-width forms to half-width, the ideographic space to a space, traditional
 * characters to simplified ones, and HTML markup (tags, comments, script and style bodies, character references) to
 * spaces, for matching. The normalised text has the original's length, char for char, so offsets found in it are
 * offsets into the original.
 */
public final class TextNormalizer implements Stage {
    private final UnaryOperator<String> toSimplified;
    private static final java.util.regex.Pattern MARKUP = java.util.regex.Pattern.compile(
            "(?is)<(script|style)\\b[^>]*>.*?</\\1\\s*>|<!--.*?-->|</?[a-z][a-z0-9-]*(?:\\s[^<>]*)?/?>"
                    + "|&(?:#[0-9]{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});");

    /** @param toSimplified converts traditional Chinese to simplified; results that change length are ignored */
    public TextNormalizer(UnaryOperator<String> toSimplified) {
        this.toSimplified = toSimplified;
    }

    @Override
    public Set<Layer> needs() {
        return Set.of();
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.NORMALIZED);
    }

    @Override
    public Annotation apply(Annotation in) {
        return in.withNormalized(normalize(in.original()));
    }

    /** Returns a text of the same length, width-folded, simplified, with markup blanked out. */
    public String normalize(String text) {
        return blankMarkup(simplify(text));
    }

    /** HTML markup becomes spaces of the same length; text without markup is returned as it is. */
    static String blankMarkup(String text) {
        if (text.indexOf('<') < 0 && text.indexOf('&') < 0) {
            return text;
        }
        java.util.regex.Matcher m = MARKUP.matcher(text);
        StringBuilder out = null;
        while (m.find()) {
            if (out == null) {
                out = new StringBuilder(text);
            }
            for (int i = m.start(); i < m.end(); i++) {
                // Keep line breaks: they still end sentences.
                out.setCharAt(i, text.charAt(i) == '\n' ? '\n' : ' ');
            }
        }
        return out == null ? text : out.toString();
    }

    private String simplify(String text) {
        char[] folded = new char[text.length()];
        for (int i = 0; i < text.length(); i++) {
            folded[i] = halfWidth(text.charAt(i));
        }
        String halfWidth = new String(folded);
        String simplified = toSimplified.apply(halfWidth);
        if (simplified.length() == halfWidth.length()) {
            return simplified;
        }
        // A phrase mapping changed the length somewhere: fall back to char-by-char conversion.
        StringBuilder out = new StringBuilder(halfWidth.length());
        for (int i = 0; i < halfWidth.length(); i++) {
            String one = String.valueOf(halfWidth.charAt(i));
            String converted = Character.isSurrogate(halfWidth.charAt(i)) ? one : toSimplified.apply(one);
            out.append(converted.length() == 1 ? converted : one);
        }
        return out.toString();
    }

    public static char halfWidth(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        if (c == '\u3000') {
            return ' ';
        }
        return c;
    }
}
