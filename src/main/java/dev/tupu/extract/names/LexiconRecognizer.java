package dev.tupu.extract.names;

import dev.tupu.extract.Annotation;
import dev.tupu.extract.Layer;
import dev.tupu.extract.Stage;
import dev.tupu.model.Mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Adds {@link Layer#CANDIDATES}: every known name of the {@link Lexicon} in the normalised text. With word
 * alignment on ({@link WordAlignment}), a short Chinese name does not count inside a longer word the
 * dictionary knows: 北大 is not read in 北大荒, nor 中国 in 中国人 (but 谷歌 is in a run the segmenter cut oddly),
 * nor across the edge of such a word (长沙 in 部长|沙龙; 上海市 in 上海|市民 gives way to 上海). A name that is also a
 * common word (苹果) counts only in a text that names the same entity unambiguously somewhere (Apple, 苹果公司), or
 * right before a word only an organisation takes (苹果CEO, 苹果公司, 苹果旗下).
 */
public final class LexiconRecognizer implements Stage {
    public static final String SOURCE = "lexicon";
    private static final java.util.regex.Pattern ORGANISATION_CONTEXT = java.util.regex.Pattern.compile(
            "^\\s?(CEO|CTO|公司|集团|总裁|董事长|创始人|旗下|员工|股价|市值|官方|发言人|高管)");
    /** A verb whose object is an organisation, right before an ambiguous name: 加入苹果, 创立了快手. */
    private static final java.util.regex.Pattern TAKES_ORGANISATION = java.util.regex.Pattern.compile(
            "(加入|加盟|入职|就职于|任职于|供职于|跳槽到|跳槽至|创立|创办|收购|投资)了?\\s?$");
    private final Lexicon lexicon;
    private final WordAlignment alignment;

    public LexiconRecognizer(Lexicon lexicon) {
        this(lexicon, null);
    }

    /**
     * @param knownWord true for a word a dictionary lists: a short Chinese name inside a longer such word is not
     *                  read (needs the words); null to read every match
     */
    public LexiconRecognizer(Lexicon lexicon, java.util.function.Predicate<String> knownWord) {
        this.lexicon = lexicon;
        this.alignment = knownWord == null ? null : new WordAlignment(knownWord);
    }

    @Override
    public Set<Layer> needs() {
        return alignment != null ? Set.of(Layer.NORMALIZED, Layer.TOKENS) : Set.of(Layer.NORMALIZED);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.CANDIDATES);
    }

    @Override
    public Annotation apply(Annotation in) {
        String text = in.normalized();
        List<Lexicon.Match> matches = alignment == null ? lexicon.findAll(text)
                : lexicon.findAll(text, alignment.fits(text, in.tokens()));
        Set<String> confirmed = new java.util.HashSet<>();
        for (Lexicon.Match match : matches) {
            if (!match.ambiguous()) {
                confirmed.add(match.entry().key());
            }
        }
        List<Mention> found = new ArrayList<>();
        for (Lexicon.Match match : matches) {
            if (match.ambiguous() && !confirmed.contains(match.entry().key()) && !ORGANISATION_CONTEXT.matcher(
                    text.substring(match.end(), Math.min(text.length(), match.end() + 4))).find()
                    && !TAKES_ORGANISATION.matcher(text.substring(Math.max(0, match.start() - 5), match.start())).find()) {
                continue;
            }
            found.add(new Mention(match.start(), match.end(), in.original().substring(match.start(), match.end()),
                    match.entry().type(), match.entry().key(), SOURCE));
        }
        return in.plusCandidates(found);
    }
}
