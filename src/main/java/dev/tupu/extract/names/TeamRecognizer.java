package dev.tupu.extract.names;

import dev.tupu.extract.Annotation;
import dev.tupu.extract.Layer;
import dev.tupu.extract.Stage;
import dev.tupu.model.CoreType;
import dev.tupu.model.EntityType;
import dev.tupu.model.Mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds {@link Layer#CANDIDATES}: teams and units named after a person, project or organisation: X团队, X组,
 * X实验室, X team, and an organisation's units with a short qualifier between (华为上海研发中心, 清华大学计算机系,
 * 百度深度学习研究院, Google地图及广告部门). The unit's mention contains its head's mention; a generic group (产品组,
 * 一个研究团队) has no named head and is not proposed.
 */
public final class TeamRecognizer implements Stage {
    public static final String SOURCE = "team";
    private static final Pattern SUFFIX = Pattern.compile(
            "^ ?(团队|小组(?!赛)|课题组|研究组|项目组|实验室|社区|工作室|班(?![级长子底车机次主])|组(?![织件成合建装赛])|[Tt]eam\\b|AI Lab\\b|Lab\\b|Labs\\b)");
    /** An organisation's unit, after an optional qualifier (a place, a field, a Latin word). */
    private static final Pattern UNIT = Pattern.compile(
            "^ ?(?<qualifier>(?:[\\p{IsHan}&&[^的和与或及在是为从到对把被将了着过等、]]|[A-Za-z]+ ?| ?及 ?){0,8}?) ?"
                    + "(?<unit>研究院|研究所|研究中心|研发中心|研究部|研究室|实验室|事业部|事业群|部门|工作室|分公司|子公司|"
                    + "计算机系|[\\p{IsHan}]{0,3}[\\p{IsHan}&&[^关体联派直旁水星父母语谱干]]系(?![统列数])|学院|项目组|团队|AI Lab\\b|Lab\\b|Research\\b)");

    /** A unit word with no qualifier of its own, or only 旗下: 甲子公司, 甲旗下子公司, 甲旗下团队 name no unit. */
    private static boolean generic(Matcher unit) {
        return GENERIC_UNIT.matcher(unit.group("unit")).matches() && NO_QUALIFIER.matcher(unit.group("qualifier")).matches();
    }

    private static final Pattern GENERIC_UNIT = Pattern.compile("子公司|分公司|团队|部门");
    private static final Pattern NO_QUALIFIER = Pattern.compile(" ?(旗下|下属)? ?");

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.NORMALIZED, Layer.CANDIDATES);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.CANDIDATES);
    }

    @Override
    public Annotation apply(Annotation in) {
        String text = in.normalized();
        int[] nameStarts = in.candidates().stream().filter(c -> c.type().core() != CoreType.PLACE)
                .mapToInt(Mention::start).sorted().toArray();
        List<Mention> teams = new ArrayList<>();
        java.util.Map<Integer, Mention> countries = new java.util.HashMap<>();
        for (Mention c : in.candidates()) {
            if (c.type() == EntityType.COUNTRY || c.type() == EntityType.REGION) {
                countries.putIfAbsent(c.start(), c);
            }
        }
        for (Mention head : in.candidates()) {
            if (head.type().core() == CoreType.PLACE || isTeam(head)) {
                continue;
            }
            Mention branch = branch(in, head, countries);
            if (branch != null) {
                teams.add(branch);
                continue;
            }
            String after = text.substring(head.end(), Math.min(text.length(), head.end() + 24));
            Matcher m = SUFFIX.matcher(after);
            Matcher unit = UNIT.matcher(after);
            boolean suffixed = m.find();
            if (suffixed && head.type().core() == CoreType.ORGANIZATION && m.group(1).equals("团队")) {
                continue; // 甲公司团队 is "the company's team", no team's name (a person's or a project's team is)
            }
            if (suffixed) {
                int end = head.end() + m.end();
                EntityType type = switch (m.group(1)) {
                    case "社区" -> EntityType.COMMUNITY;
                    case "实验室", "Lab", "Labs", "AI Lab" -> EntityType.RESEARCH_LAB;
                    default -> EntityType.TEAM;
                };
                teams.add(new Mention(head.start(), end, in.original().substring(head.start(), end), type, null, SOURCE));
            } else if (head.type().core() == CoreType.ORGANIZATION && unit.find() && !generic(unit)
                    && !namesInside(nameStarts, head.end(), head.end() + unit.start("unit"))
                    && !clauseInside(in.tokens(), head.end(), head.end() + unit.start("unit"))) {
                int end = head.end() + unit.end();
                teams.add(new Mention(head.start(), end, in.original().substring(head.start(), end),
                        unitType(unit.group("unit")), null, SOURCE));
            }
        }
        return in.plusCandidates(teams);
    }

    /**
     * The branch an organisation names with a country or region right after it (微软中国, IBM中国), or null: not
     * where a noun or a unit word goes on (谷歌中国市场, 中国区) or a date follows (a dateline: 新华社北京1月5日电).
     */
    private static Mention branch(Annotation in, Mention head, java.util.Map<Integer, Mention> countries) {
        String text = in.normalized();
        Mention country = countries.get(head.end());
        if (country == null && head.end() < text.length() && text.charAt(head.end()) == ' ') {
            country = countries.get(head.end() + 1);
        }
        if (head.type().core() != CoreType.ORGANIZATION || country == null
                || nounStartsAt(in.tokens(), country.end()) || continuesWord(text, country.end())) {
            return null;
        }
        return new Mention(head.start(), country.end(), in.original().substring(head.start(), country.end()),
                EntityType.ORGANIZATION, null, SOURCE);
    }

    /** True when a noun of the segmenter's starts at {@code at} (tokens are in text order). */
    private static boolean nounStartsAt(List<dev.tupu.model.Token> tokens, int at) {
        dev.tupu.model.Token t = WordAlignment.tokenAt(tokens, at);
        return t != null && t.start() == at && (t.tag().startsWith("n") || t.tag().equals("vn") || t.tag().equals("j"));
    }

    /**
     * True when the qualifier reads as a clause, not a name's part: it opens with a verb (微软将GitHub并入其开发者部门)
     * or holds a pronoun or a preposition (国务院其他有关部门, 甲集团共向营销服务部门); a field it names may hold a verb
     * or an adverb (百度深度学习研究院, 达摩院自动驾驶实验室).
     */
    private static boolean clauseInside(List<dev.tupu.model.Token> tokens, int from, int to) {
        int first = WordAlignment.indexAt(tokens, from);
        for (int i = first < 0 ? tokens.size() : first; i < tokens.size() && tokens.get(i).start() < to; i++) {
            dev.tupu.model.Token t = tokens.get(i);
            if (t.start() >= from && t.end() <= to && (t.tag().equals("r") || t.tag().equals("p")
                    || (t.start() == from && t.tag().equals("v")))) {
                return true;
            }
        }
        return false;
    }

    /** True when another name starts in {@code [from, to)}: the qualifier would swallow it (英伟达AI王小明团队). */
    private static boolean namesInside(int[] sortedStarts, int from, int to) {
        int i = java.util.Arrays.binarySearch(sortedStarts, from);
        if (i < 0) {
            i = -i - 1;
        }
        while (i > 0 && sortedStarts[i - 1] == from) {
            i--;
        }
        return i < sortedStarts.length && sortedStarts[i] < to;
    }

    static EntityType unitType(String unit) {
        return switch (unit) {
            case "研究院", "研究所", "研究中心", "研发中心", "研究部", "研究室", "实验室", "AI Lab", "Lab", "Research" ->
                    EntityType.RESEARCH_LAB;
            case "项目组", "团队", "工作室" -> EntityType.TEAM;
            default -> EntityType.ORGANIZATION;
        };
    }

    /**
     * True when the text after {@code at} goes on with a unit word (研究院, 区) that makes a longer name, or with a
     * date (a dateline: 新华社北京1月5日电).
     */
    private static boolean continuesWord(String text, int at) {
        return at < text.length() && ("区部院所站司籍人裔".indexOf(text.charAt(at)) >= 0
                || DATE_AFTER.matcher(text.substring(at, Math.min(text.length(), at + 6))).find());
    }

    private static final Pattern DATE_AFTER = Pattern.compile("^\\s?[0-9一二三四五六七八九十〇零]{1,4}\\s?[年月日]");

    /** True for a mention this recogniser proposed. */
    public static boolean isTeam(Mention mention) {
        return SOURCE.equals(mention.source());
    }
}
