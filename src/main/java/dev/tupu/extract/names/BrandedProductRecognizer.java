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
 * Adds {@link Layer#CANDIDATES}: a product named with its maker's name first, the common Chinese brand form (甲乙小智:
 * the company 甲乙 and a word of its own), where the text puts a product: right after a kind of product (医疗平台X,
 * 智能音箱X), after a verb of launching (推出了X, 上线X), or after its maker's name and 的 (甲乙的甲乙小智). The maker is
 * an organisation found already; its name is followed by one or two words of at most four characters in all, ending
 * where the phrase does (a comma, 和, a verb, an adverb). A kind word there (甲乙手机, 甲乙公司) makes no name, and
 * neither does anything a name follows with 的 (推出了甲乙开发的…).
 */
public final class BrandedProductRecognizer implements Stage {
    public static final String SOURCE = "branded";
    /** A product line named after a Latin brand and its field, where no organisation's name begins it. */
    public static final String LINE_SOURCE = "product-line";
    private static final int LONGEST_OWN_PART = 4;
    /** A kind of product right before the name, and the class it gives. */
    private static final Pattern KIND_BEFORE = Pattern.compile(
            "(?<kind>平台|音箱|助手|应用|App|APP|软件|系统|服务|产品|机器人|芯片|处理器|手机|大模型|模型|框架|工具|引擎)\\s?[：:]?\\s?$");
    private static final Pattern LAUNCHED_BEFORE = Pattern.compile("(推出|发布|上线|开源|主推|打造|研发|开发)(了|出)?\\s?$");
    private static final Pattern OWN_MAKER_BEFORE = Pattern.compile("的\\s?$");
    /**
     * Words that make the whole no product's name: a description (kinds, parts of a company, what is new), a unit
     * (研究院, 事业部), or a field, which names a company of the group as often (甲乙物流, 甲乙金融, 甲乙云).
     */
    private static final Pattern NOT_OWN_PART = Pattern.compile(
            "^(新|旧|自|其|各|全|首|该|本|原|最|第)|(公司|集团|手机|平台|系统|芯片|产品|业务|团队|部门|员工|用户|版本|新品|系列|"
                    + "应用|服务|软件|股价|市值|总部|官方|内部|旗下|自家|品牌|人工智能|院|所|室|中心|部|群|组|学院|大学|基金|"
                    + "科技|智能|资本|控股|汽车|金融|银行|证券|保险|地产|物流|医疗|健康|传媒|文化|娱乐|游戏|影业|云)$");
    private static final Set<String> ENDING_TAGS = Set.of("w", "c", "d", "p", "u", "y", "r", "f", "m", "q", "t", "e");
    /** A platform or a "brain" named after its maker or brand and its field: 甲乙AI开放平台, ET城市大脑. */
    private static final Pattern LINE_HEAD = Pattern.compile("开放平台|平台|大脑");
    private static final Pattern QUALIFIER = Pattern.compile("[A-Za-z0-9\\p{IsHan}&&[^的了是在和与或及为对把被将从到等、其该这那个一各每某本此]]*");
    private static final int LONGEST_QUALIFIER = 6;
    private static final Pattern LATIN_BRAND = Pattern.compile("[A-Z][A-Za-z0-9]+");
    /** A count before the head (两大平台): a kind counted, no name. */
    private static final Pattern COUNTED_BEFORE_HEAD = Pattern.compile("[0-9一二三四五六七八九十两几多数][大个家类种]$");

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.NORMALIZED, Layer.TOKENS, Layer.CANDIDATES);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.CANDIDATES);
    }

    /** The candidates found before this stage, indexed once per text: a long text has many (see LargeDocumentIT). */
    private record Known(java.util.Map<Integer, Mention> organizationsByEnd, int[] reach) {
        static Known of(Annotation in) {
            java.util.Map<Integer, Mention> byEnd = new java.util.HashMap<>();
            int[] reach = new int[in.normalized().length() + 1];
            for (Mention c : in.candidates()) {
                if (c.type().core() == CoreType.ORGANIZATION) {
                    byEnd.putIfAbsent(c.end(), c);
                }
                reach[c.start()] = Math.max(reach[c.start()], c.end());
            }
            for (int i = 1; i < reach.length; i++) {
                reach[i] = Math.max(reach[i], reach[i - 1]); // the furthest end of a candidate starting at or before i
            }
            return new Known(byEnd, reach);
        }

        /** True when a candidate holds the whole span. */
        boolean covers(int start, int end) {
            return reach[start] >= end;
        }
    }

    @Override
    public Annotation apply(Annotation in) {
        String text = in.normalized();
        Known known = Known.of(in);
        List<Mention> found = new ArrayList<>();
        for (Mention maker : in.candidates()) {
            if (maker.type().core() != CoreType.ORGANIZATION || !Names.isAllHan(maker.text())) {
                continue;
            }
            EntityType type = placedAsProduct(in, known, maker);
            if (type == null) {
                continue;
            }
            int end = ownPartEnd(in, maker.end());
            if (end > maker.end() && !known.covers(maker.start(), end)) {
                found.add(new Mention(maker.start(), end, in.original().substring(maker.start(), end), type, null, SOURCE));
            }
        }
        found.addAll(productLines(in, known));
        return found.isEmpty() ? in : in.plusCandidates(found);
    }

    /**
     * Product lines named by their maker or brand, then a field and 平台 or 大脑 (甲乙AI开放平台, Xyz语音开放平台, ET城市大脑):
     * the name begins with an organisation's name (the longest qualifier that reaches one) or else a capitalised Latin
     * word; a bare 平台 needs a field (甲乙平台 is where, not what).
     */
    private static List<Mention> productLines(Annotation in, Known known) {
        String text = in.normalized();
        List<Mention> found = new ArrayList<>();
        Matcher head = LINE_HEAD.matcher(text);
        while (head.find()) {
            int end = head.end();
            int minQualifier = head.group().equals("平台") ? 1 : 0;
            Mention line = null;
            for (int q = minQualifier; q <= LONGEST_QUALIFIER && head.start() - q >= 0; q++) {
                int brandEnd = head.start() - q;
                if (!QUALIFIER.matcher(text.substring(brandEnd, head.start())).matches()) {
                    break;
                }
                if (!nounsOnly(in, brandEnd, head.start())) {
                    continue; // 百度走上开放平台, 以医疗影像平台: a verb or a preposition in between
                }
                Mention maker = known.organizationsByEnd().get(brandEnd);
                if (maker != null) {
                    line = new Mention(maker.start(), end, in.original().substring(maker.start(), end), lineType(head.group()),
                            null, SOURCE);
                } else if ((line == null || !SOURCE.equals(line.source())) && hanCount(text, brandEnd, head.start()) >= 2) {
                    // a Latin brand needs a Chinese field (Xyz语音开放平台): Xyz开放平台 is Xyz's, and Xyz names it
                    Integer latin = latinBrandEndingAt(text, brandEnd);
                    if (latin != null) {
                        line = new Mention(latin, end, in.original().substring(latin, end), lineType(head.group()), null,
                                LINE_SOURCE);
                    }
                }
            }
            boolean continues = end < text.length() && "部组室院所群".indexOf(text.charAt(end)) >= 0; // 架构平台部: a unit
            if (line != null && !continues && !known.covers(line.start(), line.end())
                    && !COUNTED_BEFORE_HEAD.matcher(text.substring(line.start(), head.start())).find()) {
                found.add(line);
            }
        }
        return found;
    }

    /** True when the words in {@code [from, to)} are nouns, abbreviations or Latin (a field: 语音, AI, 城市). */
    private static boolean nounsOnly(Annotation in, int from, int to) {
        List<Token> tokens = in.tokens();
        int first = -1;
        for (int at = from; at < to && first < 0; at++) {
            first = WordAlignment.indexAt(tokens, at);
        }
        for (int i = Math.max(first, 0); first >= 0 && i < tokens.size() && tokens.get(i).start() < to; i++) {
            Token t = tokens.get(i);
            if (t.start() < from || t.end() > to) {
                return false; // a word across the qualifier's edge
            }
            if (!Names.isQualifierTag(t.tag()) && Names.hasHan(t.word())) {
                return false;
            }
        }
        return true;
    }

    private static int hanCount(String text, int from, int to) {
        return (int) text.substring(from, to).chars().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
    }

    private static EntityType lineType(String head) {
        return head.equals("大脑") ? EntityType.PROJECT : EntityType.SOFTWARE;
    }

    /** Where a capitalised Latin word ending at {@code end} starts; null if none ends there. */
    private static Integer latinBrandEndingAt(String text, int end) {
        int start = end;
        while (start > 0 && Names.isLatinWordChar(text.charAt(start - 1))) {
            start--;
        }
        return start < end && LATIN_BRAND.matcher(text.substring(start, end)).matches() ? start : null;
    }

    /** The class the text gives a product at {@code maker}'s place, or null where no product goes. */
    private static EntityType placedAsProduct(Annotation in, Known known, Mention maker) {
        String text = in.normalized();
        String before = text.substring(Math.max(0, maker.start() - 8), maker.start());
        Matcher kind = KIND_BEFORE.matcher(before);
        if (kind.find()) {
            return switch (kind.group("kind")) {
                case "音箱", "机器人", "芯片", "处理器", "手机" -> EntityType.PRODUCT;
                case "大模型", "模型" -> EntityType.MODEL;
                case "产品" -> EntityType.PROJECT;
                default -> EntityType.SOFTWARE;
            };
        }
        if (LAUNCHED_BEFORE.matcher(before).find()) {
            return EntityType.PROJECT;
        }
        Matcher own = OWN_MAKER_BEFORE.matcher(before);
        if (own.find()) {
            int ownerEnd = maker.start() - (before.length() - own.start());
            Mention owner = known.organizationsByEnd().get(ownerEnd);
            boolean sameMaker = owner != null && owner.text().equals(maker.text());
            return sameMaker ? EntityType.PROJECT : null;
        }
        return null;
    }

    /**
     * Where the product's own part after its maker's name ends ({@code from} itself: none): one or two words, at most
     * {@link #LONGEST_OWN_PART} characters of Chinese, then the end of the phrase.
     */
    private static int ownPartEnd(Annotation in, int from) {
        String text = in.normalized();
        List<Token> tokens = in.tokens();
        int index = WordAlignment.indexAt(tokens, from);
        if (index < 0 || tokens.get(index).start() != from) {
            return from;
        }
        int end = from;
        int taken = 0;
        for (int i = index; i < tokens.size() && taken < 2; i++) {
            Token t = tokens.get(i);
            if (ENDING_TAGS.contains(t.tag()) || !Names.isAllHan(t.word())
                    || taken > 0 && t.tag().startsWith("v") && t.word().length() >= 2) {
                break;
            }
            if (t.end() - from > LONGEST_OWN_PART) {
                return from;
            }
            end = t.end();
            taken++;
        }
        if (end == from || NOT_OWN_PART.matcher(text.substring(from, end)).find() || !endsPhrase(in, end)) {
            return from;
        }
        return end;
    }

    /** True when the phrase may end at {@code at}: punctuation, a conjunction, an adverb, a verb, the text's end; not 的. */
    private static boolean endsPhrase(Annotation in, int at) {
        String text = in.normalized();
        if (at >= text.length()) {
            return true;
        }
        if (text.charAt(at) == '的' || Names.isLatinWordChar(text.charAt(at))) {
            return false;
        }
        Token next = WordAlignment.tokenAt(in.tokens(), at);
        if (next == null || next.start() != at) {
            return false;
        }
        String tag = next.tag();
        return tag.equals("w") || tag.equals("c") || tag.equals("d") || tag.equals("p") || tag.startsWith("v")
                || tag.equals("y") || tag.equals("f");
    }

}
