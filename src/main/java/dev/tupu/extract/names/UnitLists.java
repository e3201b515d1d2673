package dev.tupu.extract.names;

import dev.tupu.model.CoreType;
import dev.tupu.model.Mention;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Units listed beside a named unit of the same kind are units too: 硅谷人工智能实验室、大数据实验室和增强现实实验室.
 * Alone, 大数据实验室 reads as a description (a lab for big data); in a list with a recognised lab, written with the
 * same head word, it is one of an organisation's labs. Each member is the whole stretch between the list's
 * separators (、, 和, 与, 以及), made of name characters only, and must end with the known unit's head word.
 */
final class UnitLists {
    /** Not {@link TeamRecognizer#SOURCE}: a listed unit names no head inside it, it is a name of its own. */
    static final String SOURCE = "unitList";
    /** Head words of units, longest first so that 研究中心 is not read as 中心. */
    private static final List<String> HEADS = List.of("研究中心", "研发中心", "实验室", "研究院", "研究所", "事业部",
            "事业群", "工作室", "学院", "Lab");
    private static final Pattern SEPARATOR_AFTER = Pattern.compile("^\\s?(?:、|和|与|以及)\\s?");
    private static final Pattern SEPARATOR_BEFORE = Pattern.compile("\\s?(?:、|和|与|以及)\\s?$");
    /** Characters that do not occur in a unit's name but do in the clause around it. */
    private static final String NOT_IN_NAMES = "的和与或在是为从到对把被将了着过有也都还就已曾又并而但则即让给向往于以其该这那些个等之";
    private static final int LONGEST = 16;

    private UnitLists() {
    }

    /** The units listed beside {@code known} units (and beside those found so), as mentions of the same type. */
    static List<Mention> coordinated(String text, String original, List<Mention> candidates, List<Mention> teams) {
        Set<Long> taken = new HashSet<>();
        List<Mention> queue = new ArrayList<>();
        for (List<Mention> list : List.of(candidates, teams)) {
            for (Mention m : list) {
                taken.add(span(m.start(), m.end()));
                if (m.type().core() == CoreType.ORGANIZATION && head(text.substring(m.start(), m.end())) != null) {
                    queue.add(m);
                }
            }
        }
        List<Mention> found = new ArrayList<>();
        for (int q = 0; q < queue.size(); q++) {
            Mention known = queue.get(q);
            String head = head(text.substring(known.start(), known.end()));
            for (int[] member : new int[][] {after(text, known.end(), head), before(text, known.start(), head)}) {
                if (member != null && taken.add(span(member[0], member[1]))) {
                    Mention m = new Mention(member[0], member[1], original.substring(member[0], member[1]),
                            known.type(), null, SOURCE);
                    found.add(m);
                    queue.add(m);
                }
            }
        }
        return found;
    }

    /** The member after the separator that follows {@code end}, if it ends with {@code head}. */
    private static int[] after(String text, int end, String head) {
        Matcher sep = SEPARATOR_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 4)));
        if (!sep.find()) {
            return null;
        }
        int start = end + sep.end();
        int stop = start;
        while (stop < text.length() && stop - start < LONGEST && isNameChar(text.charAt(stop))) {
            stop++;
        }
        while (stop > start && text.charAt(stop - 1) == ' ') {
            stop--;
        }
        return stop - start > head.length() && text.startsWith(head, stop - head.length())
                && (stop == text.length() || !isNameChar(text.charAt(stop))) ? new int[] {start, stop} : null;
    }

    /** The member before the separator that precedes {@code start}, if it ends with {@code head}. */
    private static int[] before(String text, int start, String head) {
        Matcher sep = SEPARATOR_BEFORE.matcher(text.substring(Math.max(0, start - 4), start));
        if (!sep.find()) {
            return null;
        }
        int end = start - (sep.end() - sep.start());
        int from = end;
        while (from > 0 && end - from < LONGEST && isNameChar(text.charAt(from - 1))) {
            from--;
        }
        while (from < end && text.charAt(from) == ' ') {
            from++;
        }
        return end - from > head.length() && text.startsWith(head, end - head.length())
                && (from == 0 || !isNameChar(text.charAt(from - 1))) ? new int[] {from, end} : null;
    }

    private static String head(String name) {
        for (String head : HEADS) {
            if (name.endsWith(head)) {
                return head;
            }
        }
        return null;
    }

    private static boolean isNameChar(char c) {
        if (NOT_IN_NAMES.indexOf(c) >= 0) {
            return false;
        }
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ' ' || c == '+'
                || c == '-' || c == '及';
    }

    private static long span(int start, int end) {
        return (long) start << 32 | end;
    }
}
