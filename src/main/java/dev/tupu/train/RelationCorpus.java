package dev.tupu.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tupu.model.EntityType;
import dev.tupu.model.Relation;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * A relation corpus read as {@linkplain Example sentences} whose arguments are located in the text and whose facts
 * are mapped onto the vocabulary, split into a training part and a fixed held-out fifth (every sentence whose index
 * ends in 4 or 9). Two sources (see {@code ../shared/data/re/SOURCES.md}):
 * <ul>
 *   <li>DuIE 2.0 (part of its training split): {@link #DUIE_MAPPING} says which predicates map and how; the others
 *       still give arguments (typed by the schema), so pairs that hold none of our relations are seen too;</li>
 *   <li>FinRE (training split): relations between companies; {@link #FINRE_MAPPING}; {@code unknown} and the
 *       relations the vocabulary has no word for (持股, 签约, ...) are pairs with none of ours.</li>
 * </ul>
 */
public record RelationCorpus(String name, List<Example> examples) {

    /** A located argument: {@code [start, end)} in the sentence, its text and type (null: not an entity of ours). */
    public record Arg(int start, int end, String text, EntityType type) {
    }

    /** A fact in the vocabulary's direction: {@code args[subject] relation args[object]}. */
    public record Fact(int subject, Relation relation, int object, String source) {
    }

    /** One sentence, its arguments and its mapped facts. */
    public record Example(String text, List<Arg> args, List<Fact> facts) {
    }

    /** How a source predicate maps: the relation, and whether its subject and object swap. */
    public record Mapping(Relation relation, boolean swap) {
    }

    /** DuIE predicates that map onto the vocabulary (subject → object as DuIE writes them). */
    public static final Map<String, Mapping> DUIE_MAPPING = Map.of(
            "创始人", new Mapping(Relation.FOUNDED, true),      // 企业 创始人 人物 → 人物 founded 企业
            "董事长", new Mapping(Relation.LEADS, true),        // 企业 董事长 人物 → 人物 leads 企业
            "校长", new Mapping(Relation.LEADS, true),          // 学校 校长 人物 → 人物 leads 学校
            "毕业院校", new Mapping(Relation.STUDIED_AT, false), // 人物 毕业院校 学校
            "总部地点", new Mapping(Relation.LOCATED_IN, false), // 企业 总部地点 地点
            "所在城市", new Mapping(Relation.LOCATED_IN, false), // 景点 所在城市 城市
            "出品公司", new Mapping(Relation.DEVELOPED_BY, false)); // 影视作品 出品公司 企业

    /** FinRE relations that map onto the vocabulary (head → tail as FinRE writes them). */
    public static final Map<String, Mapping> FINRE_MAPPING = Map.of(
            "合作", new Mapping(Relation.COLLABORATES_WITH, false),
            "竞争", new Mapping(Relation.COMPARES_TO, false),
            "收购", new Mapping(Relation.PART_OF, true),       // head acquires tail → tail partOf head
            "被收购", new Mapping(Relation.PART_OF, false),
            "拥有", new Mapping(Relation.PART_OF, true),       // head owns tail → tail partOf head
            "被拥有", new Mapping(Relation.PART_OF, false),
            "成立", new Mapping(Relation.FOUNDED, false),      // head sets up tail
            "被成立", new Mapping(Relation.FOUNDED, true));

    private static final Map<String, EntityType> DUIE_TYPES = Map.ofEntries(
            Map.entry("人物", EntityType.PERSON), Map.entry("娱乐人物", EntityType.PERSON),
            Map.entry("历史人物", EntityType.PERSON), Map.entry("企业", EntityType.COMPANY),
            Map.entry("企业/品牌", EntityType.COMPANY), Map.entry("学校", EntityType.UNIVERSITY),
            Map.entry("机构", EntityType.ORGANIZATION), Map.entry("地点", EntityType.PLACE),
            Map.entry("城市", EntityType.CITY), Map.entry("国家", EntityType.COUNTRY),
            Map.entry("行政区", EntityType.PLACE), Map.entry("景点", EntityType.PLACE),
            Map.entry("影视作品", EntityType.PROJECT), Map.entry("图书作品", EntityType.BOOK),
            Map.entry("作品", EntityType.PROJECT), Map.entry("文学作品", EntityType.BOOK),
            Map.entry("歌曲", EntityType.PROJECT), Map.entry("音乐专辑", EntityType.PROJECT),
            Map.entry("电视综艺", EntityType.PROJECT));

    public static boolean isHeldOut(int index) {
        return index % 5 == 4;
    }

    public List<Example> training() {
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            if (!isHeldOut(i)) {
                out.add(examples.get(i));
            }
        }
        return out;
    }

    public List<Example> heldOut() {
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            if (isHeldOut(i)) {
                out.add(examples.get(i));
            }
        }
        return out;
    }

    /** DuIE JSON lines, gzipped or not. */
    public static RelationCorpus duie(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Example> examples = new ArrayList<>();
        try (BufferedReader reader = reader(file)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                Builder b = new Builder(node.get("text").asText());
                for (JsonNode spo : node.get("spo_list")) {
                    String predicate = spo.get("predicate").asText();
                    EntityType subjectType = DUIE_TYPES.get(spo.get("subject_type").asText());
                    EntityType objectType = DUIE_TYPES.get(spo.get("object_type").path("@value").asText());
                    b.fact(spo.get("subject").asText(), subjectType, spo.get("object").path("@value").asText(),
                            objectType, DUIE_MAPPING.get(predicate), predicate);
                }
                examples.add(b.build());
            }
        }
        return new RelationCorpus("duie", examples);
    }

    /** FinRE's {@code head<TAB>tail<TAB>relation<TAB>sentence} lines; a sentence's lines are consecutive. */
    public static RelationCorpus finre(Path file) throws IOException {
        Map<String, Builder> bySentence = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] c = line.split("\t", 4);
            if (c.length < 4) {
                continue;
            }
            Builder b = bySentence.computeIfAbsent(c[3], Builder::new);
            b.fact(c[0], EntityType.COMPANY, c[1], EntityType.COMPANY, FINRE_MAPPING.get(c[2]), c[2]);
        }
        List<Example> examples = new ArrayList<>();
        bySentence.values().forEach(b -> examples.add(b.build()));
        return new RelationCorpus("finre", examples);
    }

    /**
     * Writes the held-out fifth as {@code tupu eval relations} reads it: each sentence's mapped facts with the names
     * and spans of their arguments.
     */
    public void writeHeldOut(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Example e : heldOut()) {
                ObjectNode node = json.createObjectNode().put("text", e.text());
                ArrayNode relations = node.putArray("relations");
                Set<String> seen = new LinkedHashSet<>();
                for (Fact f : e.facts()) {
                    Arg s = e.args().get(f.subject());
                    Arg o = e.args().get(f.object());
                    if (seen.add(s.text() + "\t" + f.relation() + "\t" + o.text())) {
                        relations.addObject().put("subject", s.text()).put("predicate", f.relation().localName())
                                .put("object", o.text()).put("source", f.source())
                                .put("subjectStart", s.start()).put("subjectEnd", s.end())
                                .put("objectStart", o.start()).put("objectEnd", o.end());
                    }
                }
                w.write(json.writeValueAsString(node));
                w.newLine();
            }
        }
    }

    private static BufferedReader reader(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** Locates a sentence's arguments (the nearest pair of occurrences for each fact) and collects its facts. */
    private static final class Builder {
        private final String text;
        private final List<Arg> args = new ArrayList<>();
        private final List<Fact> facts = new ArrayList<>();

        Builder(String text) {
            this.text = text;
        }

        void fact(String subject, EntityType subjectType, String object, EntityType objectType, Mapping mapping,
                  String source) {
            if (subject.isEmpty() || object.isEmpty()) {
                return;
            }
            int[] pair = nearest(subject, object);
            if (pair == null) {
                return;
            }
            int s = subjectType == null ? -1 : arg(pair[0], subject, subjectType);
            int o = objectType == null ? -1 : arg(pair[1], object, objectType);
            if (mapping != null && s >= 0 && o >= 0 && s != o) {
                facts.add(mapping.swap() ? new Fact(o, mapping.relation(), s, source)
                        : new Fact(s, mapping.relation(), o, source));
            }
        }

        private int arg(int start, String name, EntityType type) {
            for (int i = 0; i < args.size(); i++) {
                if (args.get(i).start() == start && args.get(i).end() == start + name.length()) {
                    return i;
                }
            }
            args.add(new Arg(start, start + name.length(), name, type));
            return args.size() - 1;
        }

        /** The occurrences of the two names closest to each other that do not overlap. */
        private int[] nearest(String a, String b) {
            int[] best = null;
            for (int i = text.indexOf(a); i >= 0; i = text.indexOf(a, i + 1)) {
                for (int j = text.indexOf(b); j >= 0; j = text.indexOf(b, j + 1)) {
                    boolean overlap = i < j + b.length() && j < i + a.length();
                    if (!overlap && (best == null || Math.abs(i - j) < Math.abs(best[0] - best[1]))) {
                        best = new int[] {i, j};
                    }
                }
            }
            return best;
        }

        Example build() {
            return new Example(text, List.copyOf(args), List.copyOf(facts));
        }
    }
}
