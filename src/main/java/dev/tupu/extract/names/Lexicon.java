package dev.tupu.extract.names;

import dev.tupu.model.EntityType;
import dev.tupu.support.Resources;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Known entities, loaded from tab-separated files: {@code Type<TAB>label<TAB>alias|alias|...}; lines starting with
 * {@code #} are comments (each file says where its entries come from). Matching finds the longest known name at
 * each position of a text, case-insensitively, and never inside a longer Latin word. A name written {@code =Go}
 * matches in its exact case only; a name written {@code ?苹果} is also a common word, and its matches say so
 * ({@link Match#ambiguous()}): the recogniser takes them only where the text confirms the entity.
 */
public final class Lexicon {
    /** The lexicon files on the class path, under {@code lexicon/}. */
    public static final List<String> DEFAULT_FILES = List.of(
            "software.tsv", "companies.tsv", "universities.tsv", "organizations.tsv", "places.tsv");

    private final Map<String, LexiconEntry> byName = new HashMap<>();
    /** Names that are also common words (Go, R, Julia): matched only in their exact case, by match form. */
    private final Map<String, String> exactCase = new HashMap<>();
    /** Chinese names that are also common words (苹果): matched, but marked ambiguous. */
    private final java.util.Set<String> ambiguous = new java.util.HashSet<>();
    private final TrieNode root = new TrieNode();

    /** A match of a known name: {@code [start, end)} in the text searched; ambiguous if the name is a common word too. */
    public record Match(int start, int end, LexiconEntry entry, boolean ambiguous) {
    }

    private static final class TrieNode {
        final Map<Character, TrieNode> next = new HashMap<>();
        LexiconEntry entry;
    }

    public Lexicon(List<LexiconEntry> entries) {
        for (LexiconEntry entry : entries) {
            for (String written : entry.names()) {
                boolean caseSensitive = written.startsWith("=");
                boolean common = written.startsWith("?");
                String name = caseSensitive || common ? written.substring(1) : written;
                String form = Names.matchForm(name);
                if (caseSensitive) {
                    exactCase.put(form, name);
                }
                if (common) {
                    ambiguous.add(form);
                }
                if (form.isEmpty() || byName.containsKey(form)) {
                    continue; // first entry wins a shared name
                }
                byName.put(form, entry);
                TrieNode node = root;
                for (char c : form.toCharArray()) {
                    node = node.next.computeIfAbsent(c, k -> new TrieNode());
                }
                node.entry = entry;
            }
        }
    }

    /** Loads the default lexicon files from the class path, simplifying their Chinese with {@code toSimplified}. */
    public static Lexicon loadDefault(UnaryOperator<String> toSimplified) {
        List<LexiconEntry> entries = new ArrayList<>();
        for (String file : DEFAULT_FILES) {
            entries.addAll(parse(Resources.lines("/lexicon/" + file), file, toSimplified));
        }
        return new Lexicon(entries);
    }

    static List<LexiconEntry> parse(List<String> lines, String file, UnaryOperator<String> toSimplified) {
        List<LexiconEntry> entries = new ArrayList<>();
        int number = 0;
        for (String line : lines) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            int lineNumber = number;
            EntityType type = EntityType.byLocalName(columns[0].strip()).orElseThrow(() ->
                    new IllegalStateException(file + ":" + lineNumber + ": unknown type " + columns[0]));
            if (columns.length < 2 || columns[1].isBlank()) {
                throw new IllegalStateException(file + ":" + lineNumber + ": no name");
            }
            List<String> names = new ArrayList<>();
            names.add(columns[1].strip());
            if (columns.length > 2) {
                for (String alias : columns[2].split("\\|")) {
                    if (!alias.isBlank()) {
                        names.add(alias.strip());
                    }
                }
            }
            List<String> all = new ArrayList<>(names);
            for (String name : names) {
                String simplified = toSimplified.apply(name);
                if (!all.contains(simplified)) {
                    all.add(simplified);
                }
            }
            entries.add(new LexiconEntry(names.get(0).replaceFirst("^[=?]", ""), type, all));
        }
        return entries;
    }

    /** The entry known by this name, if any (case and width do not matter). */
    public Optional<LexiconEntry> lookup(String name) {
        String form = Names.matchForm(name);
        String exact = exactCase.get(form);
        return exact != null && !exact.equals(name.strip()) ? Optional.empty() : Optional.ofNullable(byName.get(form));
    }

    public int size() {
        return Set.copyOf(byName.values()).size();
    }

    /** Longest known names in {@code text}, left to right, not overlapping. */
    public List<Match> findAll(String text) {
        return findAll(text, match -> true);
    }

    /**
     * Longest known names in {@code text} that {@code fits} accepts, left to right, not overlapping: where the
     * longest name at a place does not fit (上海市 across 上海|市民), a shorter one there may (上海).
     */
    public List<Match> findAll(String text, java.util.function.Predicate<Match> fits) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (lower.length() != text.length()) {
            lower = lowerCharByChar(text);
        }
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < lower.length()) {
            Match best = longestAt(text, lower, i, fits);
            if (best != null) {
                matches.add(best);
                i = best.end();
            } else {
                i++;
            }
        }
        return matches;
    }

    private Match longestAt(String original, String text, int start, java.util.function.Predicate<Match> fits) {
        if (start > 0 && Names.isLatinWordChar(text.charAt(start)) && Names.isLatinWordChar(text.charAt(start - 1))) {
            return null;
        }
        TrieNode node = root;
        Match best = null;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            node = node.next.get(Character.isWhitespace(c) ? ' ' : c);
            if (node == null) {
                break;
            }
            boolean boundary = i + 1 >= text.length() || !Names.isLatinWordChar(text.charAt(i + 1))
                    || !Names.isLatinWordChar(c);
            if (node.entry != null && boundary && caseFits(original, text, start, i + 1)) {
                Match match = new Match(start, i + 1, node.entry, ambiguous.contains(text.substring(start, i + 1)));
                best = fits.test(match) ? match : best;
            }
        }
        return best;
    }

    private boolean caseFits(String original, String lower, int start, int end) {
        String exact = exactCase.get(lower.substring(start, end));
        return exact == null || original.regionMatches(start, exact, 0, exact.length());
    }

    private static String lowerCharByChar(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }
}
