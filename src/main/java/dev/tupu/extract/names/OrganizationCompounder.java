package dev.tupu.extract.names;

import dev.tupu.extract.Annotation;
import dev.tupu.extract.Layer;
import dev.tupu.extract.Stage;
import dev.tupu.model.EntityType;
import dev.tupu.model.Mention;
import dev.tupu.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Adds {@link Layer#CANDIDATES}: organisation names the tagger leaves in pieces, composed from a place or a
 * national qualifier (越南, 黑龙江, 国家, 全国, 中央) and up to three nouns, the last ending in an organisation head
 * word (越南国防部, 黑龙江农垦局, 国家旅游局, 全国政协, 陕西未来出版社); and the sub-units of a known organisation
 * or place name followed the same way (人民日报社, 中国人民大学出版社).
 */
public final class OrganizationCompounder implements Stage {
    public static final String SOURCE = "compound";
    private static final Set<String> QUALIFIERS = Set.of("国家", "全国", "中央", "中国", "中共", "国际", "世界");
    /** Organisation head words (the end of the last noun). */
    static final Pattern HEAD = Pattern.compile(
            ".*(委员会|联合会|办事处|派出所|出版社|研究所|研究院|研究中心|实验室|基金会|俱乐部|协会|学会|公司|集团|银行|医院|大学|学院|学校|"
                    + "中学|小学|政府|法院|检察院|中心|组织|联盟|电台|电视台|通讯社|人民军|解放军|"
                    + "局|部|委|厅|署|院|所|厂|矿|社|党|队|会|办|处|联)");
    private static final int MAX_NOUNS = 3;

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.TOKENS, Layer.CANDIDATES);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.CANDIDATES);
    }

    @Override
    public Annotation apply(Annotation in) {
        // A known organisation or place name stands as one token, however the segmenter cut it.
        boolean[] known = new boolean[in.normalized().length() + 1];
        List<Token> tokens = new ArrayList<>();
        for (Mention k : in.candidates()) {
            var core = k.type().core();
            if (LexiconRecognizer.SOURCE.equals(k.source())
                    && (core == dev.tupu.model.CoreType.ORGANIZATION || core == dev.tupu.model.CoreType.PLACE)) {
                java.util.Arrays.fill(known, k.start(), k.end(), true);
                tokens.add(new Token(k.start(), k.end(), in.normalized().substring(k.start(), k.end()),
                        core == dev.tupu.model.CoreType.PLACE ? "ns" : "nt"));
            }
        }
        for (Token t : in.tokens()) {
            boolean overlapsKnown = false;
            for (int i = t.start(); i < t.end() && !overlapsKnown; i++) {
                overlapsKnown = known[i];
            }
            if (!overlapsKnown) {
                tokens.add(t);
            }
        }
        tokens.sort(java.util.Comparator.comparingInt(Token::start));
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token first = tokens.get(i);
            if (!first.tag().startsWith("ns") && !first.tag().equals("nt") && !QUALIFIERS.contains(first.word())) {
                continue;
            }
            int end = -1;
            for (int j = i + 1; j < tokens.size() && j <= i + MAX_NOUNS; j++) {
                Token t = tokens.get(j);
                if (t.start() != tokens.get(j - 1).end() || !isNounLike(t)) {
                    break;
                }
                if (HEAD.matcher(t.word()).matches() && !t.word().equals(first.word())) {
                    end = j;
                }
            }
            if (end > i) {
                int start = first.start();
                int stop = tokens.get(end).end();
                found.add(new Mention(start, stop, in.original().substring(start, stop), EntityType.ORGANIZATION,
                        null, SOURCE));
                i = end;
            }
        }
        return in.plusCandidates(found);
    }

    private static boolean isNounLike(Token t) {
        String tag = t.tag();
        return tag.equals("n") || tag.equals("j") || tag.equals("nz") || tag.equals("vn") || tag.equals("nt")
                || tag.equals("ns") || tag.equals("b") || tag.equals("an");
    }
}
