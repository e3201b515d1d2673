package dev.tupu.extract.names;

import dev.tupu.model.CoreType;
import dev.tupu.model.Mention;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a text puts an organisation's name: the words before and after a name that say it names one (X的CEO, 加盟X,
 * 由Y创立的X, X成立于). Some of these places take a product as well (X发布了…, 由Y创立的X, X的创始人: projects are
 * founded too); the others take organisations only.
 */
final class OrganizationSlots {
    private OrganizationSlots() {
    }

    /** Where a clause begins: the text's start, punctuation, or 前 and 原 (former: 原X总裁). */
    private static final String CLAUSE_START = "(^|[，。；：！？、,;:!?（(“\"\\s]|前|原)$";
    /**
     * Before a post an organisation gives: a clause's start, a verb of holding or leaving it, or of hiring its holder
     * (卸任X的CEO, 挖来X副总裁Y).
     */
    private static final String HOLDING_POST = "(" + CLAUSE_START + "|担任|出任|现任|曾任|任|是|卸任|辞去|离任|挖来|挖走|请来|聘请|招揽)$";

    /** A place an organisation goes: what ends the text before the name, and what starts the text after it. */
    private record Slot(Pattern before, Pattern after) {
        Slot(String before, String after) {
            this(Pattern.compile(before), Pattern.compile(after));
        }

        boolean fits(String textBefore, String textAfter) {
            return before.matcher(textBefore).find() && after.matcher(textAfter).find();
        }
    }

    /** After a verb of working for an organisation or a word for its kind (加盟X, 供应商X): no person stands there. */
    private static final Slot AFTER_ORGANIZATION_WORD = new Slot("(((加入|加盟|转投|投奔|入职|跳槽至|跳槽到|离开|任职于|就职于|"
            + "供职于|效力于)了?)|新公司|初创公司|创业公司|子公司|母公司|老东家|大厂|厂商|车企|供应商|制造商|零售商|运营商|服务商"
            + "|开发商)$", "");

    /** Places only an organisation takes. */
    private static final List<Slot> ORGANIZATIONS_ONLY = List.of(
            // Before a post only an organisation gives, or a relation only organisations have: X的CEO, 原X总裁,
            // 担任X的CTO, 是X的子公司.
            new Slot(HOLDING_POST, "^的?(\\p{IsHan}{1,2}位)?(首席\\p{IsHan}{1,4}[官家师]|CEO|CTO|COO|CFO|总裁|副总裁|董事长|副董事长|"
                    + "董事|总经理|副总经理|合伙人|高管|\\p{IsHan}{0,2}(总监|主管)(?!部门|单位|机关|机构|领导))|^的((全资|控股)?子公司|分公司|母公司|下属|股东)"),
            // After a verb of working for one, or a word for its kind: 加盟X, 转投X, 新公司X, 供应商X.
            AFTER_ORGANIZATION_WORD,
            // Described as a company: X是一家…公司, X为国内…企业.
            new Slot(CLAUSE_START, "^(是|为)(一家|一个|国内|全球|中国|美国)[^，。；]{0,20}?(公司|企业|集团|机构|创企|独角兽|厂商)"),
            // Described as one of another's: X是甲旗下的一家公司, X是乙投资的一家创企.
            new Slot(CLAUSE_START, "^(是|为)[^，。；]{1,16}?的(一家|一个)[^，。；]{0,10}?(公司|企业|集团|机构|创企|独角兽|厂商)"),
            // Where one works or leaves: 在X工作, 从X离职.
            new Slot("在$", "^(工作|任职|就职|实习|担任|出任)"),
            new Slot("从$", "^(离职|辞职|跳槽|出走)"),
            // The one that buys: 被X收购; and the one bought: X被甲以5亿美元收购.
            new Slot("被$", "^[^，。；]{0,8}?(收购|并购|控股)"),
            new Slot(CLAUSE_START, "^(已经|已|正式|将)?被[^，。；]{1,16}?(收购|并购|控股)"),
            // What only organisations have: X发言人表示, X官方宣布, X的财报显示, X股价上涨, X估值.
            new Slot(CLAUSE_START, "^的?(发言人|官方|官网|财报|年报|季报|股价|市值|估值|董事会|营收)"),
            // A source a text cites: 据X报道.
            new Slot("据$", "^(报道|消息|透露|披露|援引)"),
            // The subject of what only organisations do: X宣布, X成立于, X总部位于, X旗下, X收购了.
            new Slot(CLAUSE_START, "^(今日|今天|近日|日前|昨日|昨天|目前|此前|已经|已|正式|也)?(宣布|成立于|总部位于|"
                    + "旗下|隶属于|收购|并购|入股|控股)"));

    /** Places that take a product as well as an organisation. */
    private static final List<Slot> ALSO_PRODUCTS = List.of(
            // Posts and relations a project has too: X的创始人, X的工程师, X的竞争对手.
            new Slot(HOLDING_POST, "^的?(\\p{IsHan}{1,2}位)?(联合创始人|创始人)|^的(员工|工程师|研究员|科学家|负责人|竞争对手|"
                    + "对手)"),
            // Made, bought or owned: 创办了X, 收购X, 由Y创立的X, 竞争对手X, 旗下的X.
            new Slot("(((创办|创立|创建|收购|并购|入股)了?)|竞争对手|对手|旗下的?|(创立|创办|创建|成立|收购|投资|孵化)的)$", ""),
            // The maker: 由X开发.
            new Slot("由$", "^(独立|自主|联合|共同)?(开发|研发|开源|推出|发布|打造|训练|创立|创办|创建|成立|收购|投资|领投|运营)"),
            new Slot("被$", "^[^，。；]{0,8}?投资"),
            // What a company's rivals, partners, clients or investors include: 竞争对手包括X, 投资方有Y.
            new Slot("(竞争对手|对手|合作伙伴|客户|投资方|投资人|投资者|股东)(包括|有|是|为)$", ""),
            // What companies and products both do: X发布了, X推出 (and a company's hiring, which persons do too: X聘请);
            // and being founded: X由Y创立.
            new Slot(CLAUSE_START, "^(今日|今天|近日|日前|昨日|昨天|目前|此前|已经|已|正式|也)?(发布|推出|获得|完成|挖来|聘请|招募)"),
            new Slot(CLAUSE_START, "^由[^，。；]{1,20}?(创立|创办|创建|成立|组建)"),
            // Its team: X的研究团队 (a person's team is written with the person's name, rarely of this shape).
            new Slot(CLAUSE_START, "^的(研究|研发|技术|核心|工程|产品)团队"),
            // An investor in a round: X领投, Y跟投 (persons invest too, but a name of an organisation's shape does not).
            new Slot("", "^(领投|跟投|参投|联合领投|共同领投)"),
            new Slot("(股东|投资方|领投方|跟投方)$", ""),
            // The maker of a named product: X的Fluxor框架.
            new Slot("", "^的\\s?[A-Za-z][A-Za-z0-9.+-]*\\s?(框架|芯片|模型|大模型|平台|产品|系统|软件|处理器|手机|App|APP)"),
            // The maker in a description: X是Y推出的一款…
            new Slot("(是|为)$", "^(自主|独立|联合|共同)?(推出|开发|研发|发布|打造|开源)的"));

    /** True when a name between {@code before} and {@code after} sits where an organisation goes. */
    static boolean fits(String before, String after) {
        return organizationsOnly(before, after) || ALSO_PRODUCTS.stream().anyMatch(s -> s.fits(before, after));
    }

    /**
     * True when the name after {@code before} is the object of a verb of working for an organisation, or follows a word
     * for its kind (加盟X, 供应商X): no person goes there, unlike X总裁 (a person's title too) or X宣布.
     */
    static boolean afterOrganizationWord(String before) {
        return AFTER_ORGANIZATION_WORD.fits(before, "");
    }

    /** True when a name between {@code before} and {@code after} sits where only an organisation goes. */
    static boolean organizationsOnly(String before, String after) {
        return ORGANIZATIONS_ONLY.stream().anyMatch(s -> s.fits(before, after));
    }

    /** Joining words between two organisations: A与X, X和A, A、X. */
    static final Pattern JOINED_BEFORE = Pattern.compile("(与|和|及|、|同)$");
    static final Pattern JOINED_AFTER = Pattern.compile("^(与|和|及|、|同)");

    /**
     * Where the organisations' names of a text start and end, collected once per text (a long text has many names,
     * and each span checked against them would otherwise scan them all).
     */
    record OrganizationEdges(Set<Integer> starts, Set<Integer> ends) {
        static OrganizationEdges of(List<Mention> names) {
            Set<Integer> starts = new java.util.HashSet<>();
            Set<Integer> ends = new java.util.HashSet<>();
            for (Mention m : names) {
                if (m.type().core() == CoreType.ORGANIZATION) {
                    starts.add(m.start());
                    ends.add(m.end());
                }
            }
            return new OrganizationEdges(starts, ends);
        }

        /** True when an organisation's name is joined to {@code [start, end)} by 与, 和, 及, 同 or a list comma. */
        boolean joined(String text, int start, int end) {
            Matcher b = JOINED_BEFORE.matcher(text.substring(Math.max(0, start - 1), start));
            if (b.find() && ends.contains(start - b.group().length())) {
                return true;
            }
            Matcher a = JOINED_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 1)));
            return a.find() && starts.contains(end + a.group().length());
        }
    }
}
