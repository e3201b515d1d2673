package dev.tupu.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares the People's Daily 1998 corpus (PKU tagging, one paragraph a line, {@code word/tag} tokens, bracketed
 * compounds {@code [w/t w/t]nt}) for training and evaluation:
 * <ul>
 *   <li>a fixed tenth of the paragraphs (every paragraph whose index ends in 9) is held out, never trained on;</li>
 *   <li>full-width letters, digits and punctuation become half-width, as tupu normalises text before tagging;</li>
 *   <li>a person's surname and given name, tagged separately ({@code 江/nr 泽民/nr}), become one {@code nr} word.</li>
 * </ul>
 * The held-out tenth is also written as span-annotated JSON lines ({@code {"text", "entities":[{start,end,type}]}})
 * with Person (nr), Place (ns) and Organization (nt): top-level names only, compounds as one name.
 */
public final class PkuCorpus {
    public static final int HELD_OUT_REMAINDER = 9;
    private static final Pattern ITEM = Pattern.compile("\\[([^\\]]+)\\]/?([A-Za-z]+)|(\\S+)/([A-Za-z]+)");

    /** One token or compound of a paragraph. */
    record Item(List<String[]> words, String compoundTag) {
        String text() {
            StringBuilder sb = new StringBuilder();
            words.forEach(w -> sb.append(w[0]));
            return sb.toString();
        }
    }

    /** The paths written by {@link #split}. */
    public record Split(Path train, Path test, Path testSpans, int trainParagraphs, int testParagraphs) {
    }

    private PkuCorpus() {
    }

    public static boolean isHeldOut(int paragraphIndex) {
        return paragraphIndex % 10 == HELD_OUT_REMAINDER;
    }

    /** Writes train.txt, test.txt and test-ner.jsonl to {@code outDir}. */
    public static Split split(Path corpus, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        Path train = outDir.resolve("train.txt");
        Path test = outDir.resolve("test.txt");
        Path spans = outDir.resolve("test-ner.jsonl");
        ObjectMapper json = new ObjectMapper();
        int index = 0;
        int trainCount = 0;
        int testCount = 0;
        try (BufferedWriter trainOut = Files.newBufferedWriter(train, StandardCharsets.UTF_8);
             BufferedWriter testOut = Files.newBufferedWriter(test, StandardCharsets.UTF_8);
             BufferedWriter spansOut = Files.newBufferedWriter(spans, StandardCharsets.UTF_8)) {
            for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                List<Item> items = mergePersonNames(parse(line));
                if (items.isEmpty()) {
                    continue;
                }
                String formatted = format(items);
                if (isHeldOut(index)) {
                    testOut.write(formatted);
                    testOut.newLine();
                    spansOut.write(json.writeValueAsString(spans(items, json)));
                    spansOut.newLine();
                    testCount++;
                } else {
                    trainOut.write(formatted);
                    trainOut.newLine();
                    trainCount++;
                }
                index++;
            }
        }
        return new Split(train, test, spans, trainCount, testCount);
    }

    static List<Item> parse(String line) {
        List<Item> items = new ArrayList<>();
        Matcher m = ITEM.matcher(line);
        while (m.find()) {
            if (m.group(1) != null) {
                List<String[]> words = new ArrayList<>();
                for (String inner : m.group(1).trim().split("\\s+")) {
                    int slash = inner.lastIndexOf('/');
                    words.add(new String[] {halfWidth(inner.substring(0, slash)), inner.substring(slash + 1)});
                }
                items.add(new Item(words, m.group(2)));
            } else {
                items.add(new Item(List.<String[]>of(new String[] {halfWidth(m.group(3)), m.group(4)}), null));
            }
        }
        return items;
    }

    /** 江/nr 泽民/nr → 江泽民/nr: a surname of one or two characters followed by a given name. */
    static List<Item> mergePersonNames(List<Item> items) {
        List<Item> out = new ArrayList<>();
        for (Item item : items) {
            Item previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (previous != null && isPersonWord(previous) && isPersonWord(item)
                    && previous.text().length() <= 2 && item.text().length() <= 2) {
                out.set(out.size() - 1, new Item(List.<String[]>of(new String[] {previous.text() + item.text(), "nr"}), null));
            } else {
                out.add(item);
            }
        }
        return out;
    }

    private static boolean isPersonWord(Item item) {
        return item.compoundTag() == null && item.words().get(0)[1].equals("nr");
    }

    static String format(List<Item> items) {
        StringBuilder sb = new StringBuilder();
        for (Item item : items) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            if (item.compoundTag() != null) {
                sb.append('[');
                for (int i = 0; i < item.words().size(); i++) {
                    String[] w = item.words().get(i);
                    sb.append(i > 0 ? " " : "").append(w[0]).append('/').append(w[1]);
                }
                sb.append(']').append('/').append(item.compoundTag());
            } else {
                String[] w = item.words().get(0);
                sb.append(w[0]).append('/').append(w[1]);
            }
        }
        return sb.toString();
    }

    static ObjectNode spans(List<Item> items, ObjectMapper json) {
        StringBuilder text = new StringBuilder();
        ObjectNode node = json.createObjectNode();
        ArrayNode entities = json.createArrayNode();
        for (Item item : items) {
            int start = text.length();
            text.append(item.text());
            String tag = item.compoundTag() != null ? item.compoundTag() : item.words().get(0)[1];
            String type = switch (tag) {
                case "nr" -> "Person";
                case "ns" -> "Place";
                case "nt" -> "Organization";
                default -> null;
            };
            if (type != null) {
                entities.addObject().put("start", start).put("end", text.length()).put("type", type);
            }
        }
        node.put("text", text.toString());
        node.set("entities", entities);
        return node;
    }

    static String halfWidth(String word) {
        char[] chars = word.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '\uFF01' && c <= '\uFF5E') {
                chars[i] = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }
}
