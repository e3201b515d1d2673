package dev.tupu.extract.names;

import dev.tupu.extract.Annotation;
import dev.tupu.extract.Layer;
import dev.tupu.extract.Stage;
import dev.tupu.model.EntityType;
import dev.tupu.model.Mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds {@link Layer#CANDIDATES}: the titles of works written between 《 and 》 (Chinese title marks): a book, film,
 * paper, report or programme is a {@code Project} (a {@code Book} when the text says so: 《X》一书, 《X》教材); a
 * newspaper or magazine (《X日报》, 《X》杂志) is a {@code MediaOutlet}. The mention is the title inside the marks.
 * Also a name in quotation marks that a launch verb or a kind of product introduces (推出客服机器人“小智”, 发布了
 * “星火计划”, 名为“X”的平台) is a {@code Project}, or the organisation a kind word after it says (名为“X”的初创公司);
 * other quoted words (scare quotes, terms) are not names. And a name a naming verb introduces without quotes, when
 * a kind word before the verb or after the name says what it is (这家公司名叫X, 名为Y的初创企业, 名为Z的音箱).
 */
public final class TitleRecognizer implements Stage {
    public static final String SOURCE = "title-marks";
    private static final Pattern TITLE = Pattern.compile("《([^《》。！？\\n]{1,30})》");
    private static final Pattern PERIODICAL = Pattern.compile(".*(日报|晚报|时报|周报|早报|报|周刊|杂志|月刊|期刊|画报|评论)$");
    private static final Pattern PERIODICAL_AFTER = Pattern.compile("^\\s?(杂志|周刊|报|月刊|期刊|网站|报道|援引|记者)");
    private static final Pattern BOOK_AFTER = Pattern.compile("^\\s?(一书|这本书|书中|教材|丛书|小说|著作|专著)");
    private static final Pattern QUOTED = Pattern.compile("[“\"]([^“”\"，。！？\\n]{2,20})[”\"]");
    private static final Pattern INTRODUCES_PRODUCT = Pattern.compile(
            "(推出|发布|发布了|推出了|上线|上线了|开源|开源了|打造|打造了|研发|研发了|名为|命名为|叫做|称为|代号|"
                    + "机器人|平台|系统|芯片|音箱|助手|服务|产品|应用|App|APP|品牌|计划|项目|大脑|模型|框架|操作系统)\\s?$");

    /** The kind words that say a name is an organisation's (see {@link #organizationKind}). */
    private static final String ORGANIZATION_KINDS = "公司|企业|创企|集团|实验室|研究院|研究所|机构|组织|协会|基金会";
    /** The kind words that say a name is a product's. */
    private static final String PRODUCT_KINDS = "平台|机器人|模型|芯片|系统|应用|产品|软件|框架|助手|音箱";
    /** What a quoted name is, said right after it: 名为“X”的初创公司 names a company, not a product. */
    private static final Pattern ORGANIZATION_AFTER = Pattern.compile(
            "^\\s?的?\\p{IsHan}{0,4}?(" + ORGANIZATION_KINDS + ")");
    /**
     * A name a naming verb introduces without quotes (名为X的…, 公司名叫X), to a clause's end or 的; not a designation
     * (被命名为文明单位, 被称为…).
     */
    private static final Pattern NAMED = Pattern.compile(
            "(?<!被)(名叫|(?<![命被])名为|取名为|叫做)(\\p{IsHan}{2,8}?)(?=的|[，。；、！？,;!?\\s]|$)");
    /**
     * A kind of product written right after a quoted name: “X”大模型, “Y”芯片; not the general 产品 and 应用, which
     * follow a quoted category as often (“菜篮子”产品).
     */
    private static final Pattern KIND_RIGHT_AFTER = Pattern.compile("^大?(?!产品|应用)(" + PRODUCT_KINDS + ")");
    private static final Pattern PRODUCT_AFTER = Pattern.compile(
            "^\\s?的\\p{IsHan}{0,4}?(" + PRODUCT_KINDS + "|App|APP)");
    /** The kind of thing named, before the naming verb: 这家公司名叫X (organisations), 这款产品名为Y (products). */
    private static final Pattern KIND_BEFORE_NAMING = Pattern.compile(
            "(?:(" + ORGANIZATION_KINDS + ")|(" + PRODUCT_KINDS + "))$");

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.NORMALIZED);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.CANDIDATES);
    }

    @Override
    public Annotation apply(Annotation in) {
        String text = in.normalized();
        List<Mention> found = new ArrayList<>();
        Matcher m = TITLE.matcher(text);
        while (m.find()) {
            String title = m.group(1).strip();
            if (title.isEmpty()) {
                continue;
            }
            int start = m.start(1) + (m.group(1).length() - m.group(1).stripLeading().length());
            int end = start + title.length();
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 4));
            EntityType type = PERIODICAL.matcher(title).matches() || PERIODICAL_AFTER.matcher(after).find()
                    ? EntityType.MEDIA_OUTLET
                    : BOOK_AFTER.matcher(after).find() ? EntityType.BOOK : EntityType.PROJECT;
            found.add(new Mention(start, end, in.original().substring(start, end), type, null, SOURCE));
        }
        Matcher q = QUOTED.matcher(text);
        while (q.find()) {
            String before = text.substring(Math.max(0, q.start() - 6), q.start());
            String after = text.substring(q.end(), Math.min(text.length(), q.end() + 8));
            if (INTRODUCES_PRODUCT.matcher(before).find() || KIND_RIGHT_AFTER.matcher(after).find()) {
                int start = q.start(1);
                int end = q.end(1);
                Matcher kind = ORGANIZATION_AFTER.matcher(after);
                EntityType type = kind.find() ? organizationKind(kind.group(1)) : EntityType.PROJECT;
                found.add(new Mention(start, end, in.original().substring(start, end), type, null, SOURCE));
            }
        }
        Matcher n = NAMED.matcher(text);
        while (n.find()) {
            EntityType type = namedKind(text, n.start(), n.end(2));
            if (type != null) {
                found.add(new Mention(n.start(2), n.end(2), in.original().substring(n.start(2), n.end(2)), type, null,
                        SOURCE));
            }
        }
        return in.plusCandidates(found);
    }

    /**
     * What a name a naming verb introduces without quotes is, by the kind of thing written after it (名为X的初创公司)
     * or before the verb (这家公司名叫X); null when neither says (a person's name is the tagger's to read).
     */
    private static EntityType namedKind(String text, int verbStart, int nameEnd) {
        String after = text.substring(nameEnd, Math.min(text.length(), nameEnd + 8));
        Matcher kind = ORGANIZATION_AFTER.matcher(after);
        if (kind.find()) {
            return organizationKind(kind.group(1));
        }
        if (PRODUCT_AFTER.matcher(after).find()) {
            return EntityType.PROJECT;
        }
        Matcher before = KIND_BEFORE_NAMING.matcher(text.substring(Math.max(0, verbStart - 8), verbStart));
        if (!before.find()) {
            return null;
        }
        return before.group(2) != null ? EntityType.PROJECT : organizationKind(before.group(1));
    }

    /** The organisation a kind word says: 实验室 a lab, 机构 an organisation, 公司 or 企业 a company. */
    private static EntityType organizationKind(String kind) {
        return switch (kind) {
            case "实验室", "研究院", "研究所" -> EntityType.RESEARCH_LAB;
            case "机构", "组织", "协会", "基金会" -> EntityType.ORGANIZATION;
            default -> EntityType.COMPANY;
        };
    }
}
