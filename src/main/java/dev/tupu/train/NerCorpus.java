package dev.tupu.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One named-entity corpus, read as {@linkplain Text texts with typed spans} in tupu's three name types (Person,
 * Place, Organization), split into a training part and a fixed held-out tenth (every text whose index ends in 9,
 * as for People's Daily 1998). Two formats: the PKU-tagged People's Daily 1998 (nr, ns, nt; compounds whole) and
 * the span JSON lines of {@code ../shared/data/ner} ({@code {"text", "entities":[{start, end, type}]}}), whose types
 * are mapped per corpus ({@link #CORPORA}). A mapped type of {@code ?} marks a span whose labels training leaves open
 * (a nominal mention such as 女人 in Weibo, a nationality such as 中国国籍 in Resume): neither a name of ours nor
 * plainly not one. A corpus's {@code weight} is how many times each epoch visits its texts (the small social-media
 * corpora are visited twice: measured, it lifts them at no cost to the others). A corpus's {@code style} names its
 * annotation conventions (a corpus's dev split shares its training split's): the tagger learns a copy of its features
 * per style beside the shared ones, so corpora that draw names differently do not pull against each other.
 */
public record NerCorpus(String name, Path file, Format format, Map<String, String> types, boolean trainOnly,
                        int weight, String style) {
    public static final String PERSON = "Person";
    public static final String PLACE = "Place";
    public static final String ORGANIZATION = "Organization";
    /** A span training leaves unconstrained. */
    public static final String OPEN = "?";

    /**
     * How a corpus file is written: PKU-tagged, span JSON lines, or DuIE's relation JSON lines, whose names are the
     * arguments of its facts only (a partial annotation: the rest of a sentence says nothing either way).
     */
    public enum Format { PKU, SPANS, DUIE }

    /** A text and its names; offsets are char offsets into {@code text}. */
    public record Text(String text, List<Span> spans) {
    }

    /** A name: {@code [start, end)} and its type ({@link #PERSON}, {@link #PLACE}, {@link #ORGANIZATION}, {@link #OPEN}). */
    public record Span(int start, int end, String type) {
    }

    /** The corpora tupu trains its name tagger on, by name, with their type mappings (paths under the data folder). */
    public static List<NerCorpus> defaults(Path data) {
        Map<String, String> msra = Map.of("PER", PERSON, "LOC", PLACE, "ORG", ORGANIZATION);
        return List.of(
                new NerCorpus("pd98", data.resolve("corpus/pku98-199801-noid.txt"), Format.PKU, Map.of(), false, 1,
                        "pd98"),
                new NerCorpus("msra", data.resolve("ner/msra_train.jsonl"), Format.SPANS, msra, false, 1, "msra"),
                new NerCorpus("cluener", data.resolve("ner/cluener_train.jsonl"), Format.SPANS,
                        Map.of("name", PERSON, "company", ORGANIZATION, "organization", ORGANIZATION,
                                "government", ORGANIZATION, "address", PLACE, "scene", PLACE), false, 2, "cluener"),
                new NerCorpus("weibo", data.resolve("ner/weibo_train.jsonl"), Format.SPANS,
                        Map.of("PER", PERSON, "ORG", ORGANIZATION, "LOC", PLACE, "GPE", PLACE), false, 3, "weibo"),
                new NerCorpus("resume", data.resolve("ner/resume_train.jsonl"), Format.SPANS,
                        Map.of("NAME", PERSON, "ORG", ORGANIZATION, "LOC", PLACE, "CONT", OPEN), false, 1, "resume"),
                new NerCorpus("weibo-dev", data.resolve("ner/weibo_dev.jsonl"), Format.SPANS,
                        Map.of("PER", PERSON, "ORG", ORGANIZATION, "LOC", PLACE, "GPE", PLACE), true, 3, "weibo"),
                new NerCorpus("resume-dev", data.resolve("ner/resume_dev.jsonl"), Format.SPANS,
                        Map.of("NAME", PERSON, "ORG", ORGANIZATION, "LOC", PLACE, "CONT", OPEN), true, 1, "resume"),
                // the arguments of DuIE's facts, its relation training part only: the held-out fifth stays unseen
                new NerCorpus("duie", data.resolve("re/duie_train.jsonl.gz"), Format.DUIE, Map.of(), true, 1,
                        "duie"));
    }

    /**
     * People's Daily NER's dev split: scored, never trained on. Its conventions are MSRA's (single-character
     * abbreviations such as 中 in 中美 are names, and so is 中国 in 中国政府), so it is read in MSRA's style.
     */
    public static NerCorpus peoplesDailyNerDev(Path data) {
        return new NerCorpus("pdner-dev", data.resolve("ner/peoples_daily_ner_dev.jsonl"), Format.SPANS,
                Map.of("PER", PERSON, "LOC", PLACE, "ORG", ORGANIZATION), false, 0, "msra");
    }

    public static boolean isHeldOut(int index) {
        return index % 10 == PkuCorpus.HELD_OUT_REMAINDER;
    }

    /** Every text of the corpus, in file order. */
    public List<Text> read() throws IOException {
        return switch (format) {
            case PKU -> readPku();
            case SPANS -> readSpans();
            case DUIE -> readDuieTraining();
        };
    }

    /** True when the texts' names are only some of their names: what lies outside them is not known to be no name. */
    public boolean partial() {
        return format == Format.DUIE;
    }

    /** The texts to train on: all but the held-out tenth ({@link #trainOnly} corpora: all). */
    public List<Text> training() throws IOException {
        List<Text> all = read();
        List<Text> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (trainOnly || !isHeldOut(i)) {
                out.add(all.get(i));
            }
        }
        return out;
    }

    /** The held-out tenth, as it is scored: open spans dropped. */
    public List<Text> heldOut() throws IOException {
        List<Text> all = read();
        List<Text> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (isHeldOut(i)) {
                out.add(scored(all.get(i)));
            }
        }
        return out;
    }

    /** A text as it is scored: only its names of the three types. */
    public static Text scored(Text t) {
        return new Text(t.text(), t.spans().stream().filter(s -> !s.type().equals(OPEN)).toList());
    }

    /** Writes texts as span JSON lines, the format {@code tupu eval ner} reads. */
    public static void write(List<Text> texts, Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Text t : texts) {
                ObjectNode node = json.createObjectNode().put("text", t.text());
                ArrayNode entities = node.putArray("entities");
                for (Span s : t.spans()) {
                    entities.addObject().put("start", s.start()).put("end", s.end()).put("type", s.type());
                }
                out.write(json.writeValueAsString(node));
                out.newLine();
            }
        }
    }

    private List<Text> readPku() throws IOException {
        List<Text> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            List<PkuCorpus.Item> items = PkuCorpus.mergePersonNames(PkuCorpus.parse(line));
            if (items.isEmpty()) {
                continue;
            }
            JsonNode node = PkuCorpus.spans(items, new ObjectMapper());
            List<Span> spans = new ArrayList<>();
            for (JsonNode e : node.get("entities")) {
                spans.add(new Span(e.get("start").asInt(), e.get("end").asInt(), e.get("type").asText()));
            }
            out.add(new Text(node.get("text").asText(), spans));
        }
        return out;
    }

    /** The arguments of DuIE's facts in its relation training part, typed by its schema; works and the like open. */
    private List<Text> readDuieTraining() throws IOException {
        List<Text> out = new ArrayList<>();
        for (RelationCorpus.Example example : RelationCorpus.duie(file).training()) {
            List<Span> spans = new ArrayList<>();
            for (RelationCorpus.Arg arg : example.args()) {
                String type = switch (arg.type().core()) {
                    case PERSON -> PERSON;
                    case ORGANIZATION -> ORGANIZATION;
                    case PLACE -> PLACE;
                    case PROJECT -> OPEN;
                };
                spans.add(new Span(arg.start(), arg.end(), type));
            }
            out.add(new Text(example.text(), spans));
        }
        return out;
    }

    private List<Text> readSpans() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Text> out = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                List<Span> spans = new ArrayList<>();
                for (JsonNode e : node.get("entities")) {
                    String type = types.get(e.get("type").asText());
                    if ("NOM".equals(e.path("mention").asText())) {
                        type = OPEN; // a nominal mention (女人, 朋友): not a name, not certainly outside one
                    }
                    if (type != null) {
                        spans.add(new Span(e.get("start").asInt(), e.get("end").asInt(), type));
                    }
                }
                out.add(new Text(node.get("text").asText(), spans));
            }
        }
        return out;
    }
}
