package dev.tupu.extract.time;

import dev.tupu.extract.Annotation;
import dev.tupu.extract.Layer;
import dev.tupu.extract.Stage;
import dev.tupu.model.Sentence;
import dev.tupu.model.TimeExpression;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds {@link Layer#TIMES}: the time expressions of the text, normalised to a year, a month or a day
 * ({@link TimeExpression}):
 * <ul>
 *   <li>absolute: 2012年, 2018年3月, 2020年7月15日, 2019/03, 2019-03-15, 一九九八年, with 初/底/中 or 份 after them;</li>
 *   <li>ranges: 2011年至2012年, 2016-2018年, 2011年到2012年, two years one character apart (2011年—2012年);</li>
 *   <li>relative to the text's date, when the caller gives it: 今年, 去年, 前年, 明年 (with a month: 去年4月), 今年初,
 *       上个月, 本月, 昨天, 今天, 前天, 上周, 近日, N年前, N个月前; without a date they keep their text and no value;</li>
 *   <li>relative to the text's own last year: 同年, 当年 (that year), 次年, 翌年, 转年, 第二年 (the next), and a month
 *       with no year (3月) in a sentence that follows one naming the year.</li>
 * </ul>
 * A 起, 开始, 以来 or 至今 after an expression, or 从, 自 before it, marks the start of a state
 * ({@link TimeExpression#since()}).
 */
public final class TimeExpressions implements Stage {
    private static final String YEAR = "((?:19|20)[0-9]{2}|[一二][〇零一二三四五六七八九]{3})\\s?年(?!代|龄|纪|级|度[^内])";
    private static final String MONTH = "(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\\s?月(?:份)?";
    private static final String DAY = "(3[01]|[12][0-9]|0?[1-9])\\s?[日号]";
    private static final Pattern ABSOLUTE = Pattern.compile(
            YEAR + "(?:\\s?" + MONTH + "(?:\\s?" + DAY + ")?)?(?:\\s?(初|底|末|中|年初|年底|上半年|下半年|中旬|上旬|下旬))?");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![0-9.])((?:19|20)[0-9]{2})[/.-](1[0-2]|0?[1-9])(?:[/.-](3[01]|[12][0-9]|0?[1-9]))?(?![0-9.])");
    private static final Pattern YEAR_RANGE = Pattern.compile(
            "(?<![0-9])((?:19|20)[0-9]{2})\\s?(?:年)?\\s?[-—–~～至到]\\s?((?:19|20)[0-9]{2})\\s?年");
    private static final Pattern RELATIVE = Pattern.compile(
            "(今年|去年|前年|明年|本年|上一年)(?:\\s?" + MONTH + ")?(?:(初|底|末|年初|年底|上半年|下半年))?"
                    + "|(上个?月|本月|这个月|下个?月|上周|上星期|本周|这周|昨天|昨日|今天|今日|前天|近日|日前|本周)"
                    + "|([0-9]{1,2}|[一二两三四五六七八九十])\\s?(年|个月)前");
    private static final Pattern ANAPHORIC = Pattern.compile(
            "(同年|当年|次年|翌年|转年|第二年|前一年)(?:\\s?" + MONTH + ")?(?:(初|底|末))?");
    private static final Pattern BARE_MONTH = Pattern.compile("(?<![年0-9〇零一二三四五六七八九十])" + MONTH
            + "(?:\\s?" + DAY + ")?(?:(初|底|末|中旬|上旬|下旬))?");
    private static final Pattern SINCE = Pattern.compile("^\\s?(起|开始|以来|至今|到现在|迄今)");
    private static final Pattern FROM = Pattern.compile("(从|自从|自)\\s?$");
    private static final String NUMERALS = "〇一二三四五六七八九";

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.NORMALIZED, Layer.SENTENCES);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.TIMES);
    }

    @Override
    public Annotation apply(Annotation in) {
        String text = in.normalized();
        List<TimeExpression> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        Integer lastYear = null;
        for (Sentence s : in.sentences()) {
            List<TimeExpression> here = new ArrayList<>();
            scan(YEAR_RANGE, text, s, taken, here, m -> range(m.group(1), m.group(2)));
            scan(ABSOLUTE, text, s, taken, here, m -> new String[] {absolute(m), null});
            scan(NUMERIC, text, s, taken, here, m -> new String[] {numeric(m), null});
            scan(RELATIVE, text, s, taken, here, m -> new String[] {relative(m, in.date()), null});
            here.sort(java.util.Comparator.comparingInt(TimeExpression::start));
            // 同年, 次年, a bare month: against the last year named before them (in this sentence or earlier).
            Integer prior = lastYear;
            List<TimeExpression> anaphoric = new ArrayList<>();
            scan(ANAPHORIC, text, s, taken, anaphoric,
                    m -> new String[] {anaphoric(m, yearBefore(here, m.start(), prior)), null});
            scan(BARE_MONTH, text, s, taken, anaphoric,
                    m -> new String[] {bareMonth(m, yearBefore(here, m.start(), prior)), null});
            here.addAll(anaphoric);
            here.sort(java.util.Comparator.comparingInt(TimeExpression::start));
            List<TimeExpression> joined = joinRanges(text, here, in.original());
            for (TimeExpression t : joined) {
                if (t.value() != null) {
                    lastYear = Integer.parseInt((t.until() != null ? t.until() : t.value()).substring(0, 4));
                }
            }
            found.addAll(joined);
        }
        return in.withTimes(found);
    }

    private interface Normaliser {
        String[] values(Matcher m);
    }

    private static void scan(Pattern p, String text, Sentence s, boolean[] taken, List<TimeExpression> out,
                             Normaliser normaliser) {
        Matcher m = p.matcher(text);
        m.region(s.start(), s.end());
        while (m.find()) {
            if (free(taken, m.start(), m.end()) && m.end() > m.start()) {
                String[] v = normaliser.values(m);
                java.util.Arrays.fill(taken, m.start(), m.end(), true);
                boolean since = SINCE.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 3))).find()
                        || FROM.matcher(text.substring(Math.max(0, m.start() - 2), m.start())).find();
                out.add(new TimeExpression(m.start(), m.end(), text.substring(m.start(), m.end()), v[0], v[1], since));
            }
        }
    }

    private static boolean free(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    /** Two expressions one character apart at most, with no punctuation between, are a range: 2011年至2012年. */
    private static List<TimeExpression> joinRanges(String text, List<TimeExpression> times, String original) {
        List<TimeExpression> out = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            TimeExpression a = times.get(i);
            if (i + 1 < times.size()) {
                TimeExpression b = times.get(i + 1);
                String gap = text.substring(a.end(), b.start()).strip();
                boolean joined = b.start() - a.end() <= 3 && gap.length() <= 1
                        && !gap.matches("[，,、。；;：:和与及或]") && a.value() != null && b.value() != null
                        && !a.range() && !b.range() && a.value().compareTo(b.value()) < 0;
                if (joined) {
                    out.add(new TimeExpression(a.start(), b.end(), original.substring(a.start(), b.end()), a.value(),
                            b.value(), false));
                    i++;
                    continue;
                }
            }
            out.add(new TimeExpression(a.start(), a.end(), original.substring(a.start(), a.end()), a.value(),
                    a.until(), a.since()));
        }
        return out;
    }

    private static Integer yearBefore(List<TimeExpression> here, int offset, Integer earlier) {
        Integer year = earlier;
        for (TimeExpression t : here) {
            if (t.start() < offset && t.value() != null) {
                year = Integer.parseInt((t.until() != null ? t.until() : t.value()).substring(0, 4));
            }
        }
        return year;
    }

    private static String[] range(String from, String to) {
        return from.compareTo(to) < 0 ? new String[] {from, to} : new String[] {from, null};
    }

    private static String absolute(Matcher m) {
        int year = year(m.group(1));
        if (m.group(2) == null) {
            return Integer.toString(year);
        }
        int month = number(m.group(2));
        if (m.group(3) == null) {
            return YearMonth.of(year, month).toString();
        }
        return valid(year, month, Integer.parseInt(m.group(3)));
    }

    private static String numeric(Matcher m) {
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        return m.group(3) == null ? YearMonth.of(year, month).toString()
                : valid(year, month, Integer.parseInt(m.group(3)));
    }

    private static String valid(int year, int month, int day) {
        YearMonth ym = YearMonth.of(year, month);
        return day <= ym.lengthOfMonth() ? ym.atDay(day).toString() : ym.toString();
    }

    private static String relative(Matcher m, LocalDate date) {
        if (date == null) {
            return null;
        }
        if (m.group(1) != null) {
            int year = date.getYear() + switch (m.group(1)) {
                case "去年", "上一年" -> -1;
                case "前年" -> -2;
                case "明年" -> 1;
                default -> 0;
            };
            return m.group(2) == null ? Integer.toString(year) : YearMonth.of(year, number(m.group(2))).toString();
        }
        if (m.group(4) != null) {
            return switch (m.group(4)) {
                case "上个月", "上月" -> YearMonth.from(date).minusMonths(1).toString();
                case "下个月", "下月" -> YearMonth.from(date).plusMonths(1).toString();
                case "本月", "这个月", "近日", "日前", "本周", "这周" -> YearMonth.from(date).toString();
                case "上周", "上星期" -> YearMonth.from(date.minusDays(7)).toString();
                case "昨天", "昨日" -> date.minusDays(1).toString();
                case "前天" -> date.minusDays(2).toString();
                default -> date.toString(); // 今天, 今日
            };
        }
        int n = number(m.group(5));
        return m.group(6).equals("年") ? Integer.toString(date.getYear() - n)
                : YearMonth.from(date).minusMonths(n).toString();
    }

    private static String anaphoric(Matcher m, Integer year) {
        if (year == null) {
            return null;
        }
        int y = year + switch (m.group(1)) {
            case "次年", "翌年", "转年", "第二年" -> 1;
            case "前一年" -> -1;
            default -> 0;
        };
        return m.group(2) == null ? Integer.toString(y) : YearMonth.of(y, number(m.group(2))).toString();
    }

    private static String bareMonth(Matcher m, Integer year) {
        if (year == null) {
            return null;
        }
        int month = number(m.group(1));
        return m.group(2) == null ? YearMonth.of(year, month).toString() : valid(year, month, Integer.parseInt(m.group(2)));
    }

    /** A year written in digits or in Chinese numerals (一九九八). */
    private static int year(String written) {
        if (Character.isDigit(written.charAt(0)) && NUMERALS.indexOf(written.charAt(0)) < 0) {
            return Integer.parseInt(written);
        }
        int y = 0;
        for (char c : written.toCharArray()) {
            y = y * 10 + (c == '零' ? 0 : NUMERALS.indexOf(c));
        }
        return y;
    }

    /** 1 to 12 in digits or Chinese numerals (三, 十二, 两). */
    private static int number(String written) {
        if (written.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(written);
        }
        if (written.equals("两")) {
            return 2;
        }
        if (written.startsWith("十")) {
            return 10 + (written.length() > 1 ? NUMERALS.indexOf(written.charAt(1)) : 0);
        }
        return NUMERALS.indexOf(written.charAt(0));
    }
}
