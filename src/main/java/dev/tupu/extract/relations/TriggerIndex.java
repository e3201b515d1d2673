package dev.tupu.extract.relations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the rules' triggers in a sentence exactly as {@link Matcher#find()} over the sentence would, but tries each
 * trigger only where one of its words can begin. A trigger is a long alternation of words (加入|加盟|入职|…), and a
 * regex tries every alternative at every character: before this index, a tenth of all extraction time went there.
 * A trigger whose first characters cannot be read off its alternatives is matched by {@code find()} as before.
 */
final class TriggerIndex {
    private static final String SPECIAL = "\\([{.^$*+?)|";

    /** Receives one trigger match: offsets into the sentence text. */
    interface Found {
        /**
         * @return true when the match is taken; false when it is not (it begins inside a name): the search goes on
         * from its next character, where a shorter trigger may begin (总部位于 starting inside X总部: 位于)
         */
        boolean at(int start, int end);
    }

    private final Pattern[] triggers;
    /** For each character a trigger can begin with, the rules (indexes, ascending) whose trigger can. */
    private final Map<Character, int[]> rulesByFirstChar = new HashMap<>();
    /** Rules whose first characters are unknown: tried at every position. */
    private final boolean[] everywhere;

    TriggerIndex(List<Pattern> triggers) {
        this.triggers = triggers.toArray(Pattern[]::new);
        this.everywhere = new boolean[triggers.size()];
        Map<Character, List<Integer>> byChar = new HashMap<>();
        for (int rule = 0; rule < triggers.size(); rule++) {
            char[] starts = firstChars(triggers.get(rule).pattern());
            if (starts == null) {
                everywhere[rule] = true;
                continue;
            }
            for (char c : starts) {
                List<Integer> rules = byChar.computeIfAbsent(c, k -> new ArrayList<>());
                if (rules.isEmpty() || rules.get(rules.size() - 1) != rule) {
                    rules.add(rule);
                }
            }
        }
        byChar.forEach((c, rules) -> rulesByFirstChar.put(c, rules.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** Where in {@code sentence} each rule's trigger may begin: computed once per sentence, for every rule. */
    Candidates candidates(String sentence) {
        int[][] positions = new int[triggers.length][];
        int[] counts = new int[triggers.length];
        for (int i = 0; i < sentence.length(); i++) {
            int[] rules = rulesByFirstChar.get(sentence.charAt(i));
            if (rules == null) {
                continue;
            }
            for (int rule : rules) {
                if (positions[rule] == null) {
                    positions[rule] = new int[4];
                } else if (counts[rule] == positions[rule].length) {
                    positions[rule] = Arrays.copyOf(positions[rule], counts[rule] * 2);
                }
                positions[rule][counts[rule]++] = i;
            }
        }
        return new Candidates(sentence, positions, counts);
    }

    /** One sentence's candidate positions. */
    final class Candidates {
        private final String sentence;
        private final int[][] positions;
        private final int[] counts;

        private Candidates(String sentence, int[][] positions, int[] counts) {
            this.sentence = sentence;
            this.positions = positions;
            this.counts = counts;
        }

        /**
         * Each match of rule {@code rule}'s trigger, left to right and not overlapping, as {@code find()} gives them;
         * after a match {@code found} does not take, the search resumes at the match's next character.
         */
        void find(int rule, Found found) {
            Matcher m = triggers[rule].matcher(sentence);
            if (everywhere[rule]) {
                boolean more = m.find();
                while (more) {
                    more = found.at(m.start(), m.end()) ? m.find() : m.find(m.start() + 1);
                }
                return;
            }
            // Transparent, non-anchoring bounds: a region starting at a candidate sees the sentence around it, as
            // find() over the whole sentence does (look-behind, \b, $ at the sentence's end).
            m.useTransparentBounds(true).useAnchoringBounds(false);
            int next = 0;
            for (int k = 0; k < counts[rule]; k++) {
                int at = positions[rule][k];
                if (at < next) {
                    continue;
                }
                m.region(at, sentence.length());
                if (m.lookingAt()) {
                    next = found.at(m.start(), m.end()) ? Math.max(m.end(), at + 1) : at + 1;
                }
            }
        }
    }

    /**
     * The characters a match of {@code regex} can begin with, when it is an alternation of alternatives that each
     * begin with a plain character (after any look-behind or {@code \b}); otherwise null.
     */
    static char[] firstChars(String regex) {
        List<String> alternatives = topLevelAlternatives(regex);
        if (alternatives == null) {
            return null;
        }
        StringBuilder starts = new StringBuilder();
        for (String alternative : alternatives) {
            int i = skipZeroWidth(alternative);
            if (i < 0 || i >= alternative.length()) {
                return null;
            }
            char c = alternative.charAt(i);
            boolean optional = i + 1 < alternative.length() && "?*{".indexOf(alternative.charAt(i + 1)) >= 0;
            if (SPECIAL.indexOf(c) >= 0 || optional || Character.isSurrogate(c)) {
                return null;
            }
            starts.append(c);
        }
        return starts.toString().toCharArray();
    }

    /** Where the first consuming part of an alternative starts, past look-behinds and {@code \b}; -1 if unreadable. */
    private static int skipZeroWidth(String alternative) {
        int i = 0;
        while (true) {
            if (alternative.startsWith("\\b", i)) {
                i += 2;
            } else if (alternative.startsWith("(?<!", i) || alternative.startsWith("(?<=", i)) {
                int close = closingParenthesis(alternative, i);
                if (close < 0) {
                    return -1;
                }
                i = close + 1;
            } else {
                return i;
            }
        }
    }

    /** The top-level alternatives of a regex (split at {@code |} outside groups and classes), or null if unbalanced. */
    private static List<String> topLevelAlternatives(String regex) {
        List<String> out = new ArrayList<>();
        int[] from = {0};
        boolean balanced = scan(regex, 0, (i, c, depth) -> {
            if (c == '|' && depth == 0) {
                out.add(regex.substring(from[0], i));
                from[0] = i + 1;
            }
            return true;
        });
        if (!balanced) {
            return null;
        }
        out.add(regex.substring(from[0]));
        return out;
    }

    /** The index of the parenthesis closing the group opened at {@code open}, or -1. */
    private static int closingParenthesis(String regex, int open) {
        int[] close = {-1};
        scan(regex, open, (i, c, depth) -> {
            if (c == ')' && depth == 1) {
                close[0] = i;
                return false;
            }
            return true;
        });
        return close[0];
    }

    /** Sees a character of a regex that is neither escaped nor in a character class. */
    private interface Structure {
        /** @param depth how deep in groups the character stands; return false to stop */
        boolean at(int index, char c, int depth);
    }

    /**
     * Shows {@code structure} each character of {@code regex} from {@code from} that is neither escaped nor inside a
     * character class; true when it stopped early or the regex's groups and classes all close.
     */
    private static boolean scan(String regex, int from, Structure structure) {
        int depth = 0;
        boolean inClass = false;
        for (int i = from; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else {
                if (!structure.at(i, c, depth)) {
                    return true;
                }
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            }
        }
        return depth == 0 && !inClass;
    }
}
