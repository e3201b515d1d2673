package dev.tupu.extract.resolve;

import dev.tupu.extract.Annotation;
import dev.tupu.extract.Layer;
import dev.tupu.extract.Spans;
import dev.tupu.extract.Stage;
import dev.tupu.extract.names.BrandedProductRecognizer;
import dev.tupu.extract.names.CoordinatedNames;
import dev.tupu.extract.names.EnumerationTyping;
import dev.tupu.extract.names.LatinNameRecognizer;
import dev.tupu.extract.names.Lexicon;
import dev.tupu.extract.names.LexiconEntry;
import dev.tupu.extract.names.LexiconRecognizer;
import dev.tupu.extract.names.ListedCompanyRecognizer;
import dev.tupu.extract.names.NamePropagation;
import dev.tupu.extract.names.Names;
import dev.tupu.extract.names.OrganizationCompounder;
import dev.tupu.extract.names.TaggedNameRecognizer;
import dev.tupu.extract.names.TitleRecognizer;
import dev.tupu.extract.names.TradeNameRecognizer;
import dev.tupu.extract.names.TransliteratedNameRecognizer;
import dev.tupu.extract.names.UnitNameRecognizer;
import dev.tupu.extract.names.TeamRecognizer;
import dev.tupu.model.CoreType;
import dev.tupu.model.Entity;
import dev.tupu.model.EntityType;
import dev.tupu.model.Mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Adds {@link Layer#MENTIONS}: chooses among overlapping candidates (lexicon first, then context, then tags, then
 * longer spans), and resolves mentions to entities. Mentions of one entity share a key: a lexicon entry's key for
 * any of its names, otherwise the name's match form (so case and width variants merge), a nickname made of a
 * person's given name or surname plus 神/哥/总 etc. joins that person when only one person fits, and a single Latin
 * word joins the one Latin full name that starts or ends with it. A team mention keeps the mention of the person or
 * project it is named after inside it.
 */
public final class MentionResolver implements Stage {
    private static final Pattern NICKNAME =
            Pattern.compile("(.{1,2}?)(神|哥|姐|总|老师|副教授|教授|博士|先生|女士|院士|主任|书记|校长|院长|所长)");
    /** One Latin word of a name: Hinton, LeCun, McCarthy. */
    private static final Pattern LATIN_NAME_WORD = Pattern.compile("[A-Z][a-z]+(?:[A-Z][a-z]+)?");
    private final Lexicon lexicon;

    public MentionResolver(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.CANDIDATES);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.MENTIONS);
    }

    @Override
    public Annotation apply(Annotation in) {
        // A place read whole that is known places side by side (法国里昂) is those places, not one.
        Set<String> knownPlaces = new java.util.HashSet<>();
        in.candidates().stream()
                .filter(o -> LexiconRecognizer.SOURCE.equals(o.source()) && o.type().core() == CoreType.PLACE)
                .forEach(o -> knownPlaces.add(o.start() + "|" + o.end()));
        List<Mention> chosen = chooseNonOverlapping(in.candidates().stream()
                .filter(m -> LexiconRecognizer.SOURCE.equals(m.source()) || m.type().core() != CoreType.PLACE
                        || !tiled(m.start(), m.end(), knownPlaces))
                .filter(m -> !placeInsideTaggedName(m, in.tokens(), knownPlaces)).toList(), in.original().length());
        chosen = withNamesInsideTitles(in.candidates(), chosen);
        List<Mention> keyed = new ArrayList<>();
        for (Mention m : chosen) {
            keyed.add(m.withKey(keyOf(m, in.normalized())));
        }
        keyed = resolveReferences(keyed);
        keyed = knownByAlias(in.candidates(), keyed);
        keyed = mergeNicknames(keyed);
        // A title form (王教授) that fits no single person of the text is not an entity of its own.
        keyed.removeIf(m -> ReferenceForms.TITLE_FORM.equals(m.source())
                && m.key().equals(Names.key(CoreType.PERSON, in.normalized().substring(m.start(), m.end()))));
        keyed.addAll(layered(in, keyed));
        keyed = ownNamesOfBrandedProducts(keyed);
        keyed.sort(Comparator.comparingInt(Mention::start).thenComparing(m -> -m.length()));
        return in.withMentions(keyed, entities(keyed));
    }

    /**
     * The chosen mentions and, nested in each title in book-title marks (《周恩来军事文选》, a work), the persons,
     * places and organisations the name tagger read inside it: the work is about them, and a reader looks for them.
     */
    private static List<Mention> withNamesInsideTitles(List<Mention> candidates, List<Mention> chosen) {
        List<Mention> titles = chosen.stream().filter(m -> TitleRecognizer.SOURCE.equals(m.source())).toList();
        if (titles.isEmpty()) {
            return chosen;
        }
        List<Mention> inside = new ArrayList<>();
        for (Mention c : candidates) {
            boolean name = TaggedNameRecognizer.MODEL.equals(c.source()) && c.type().core() != CoreType.PROJECT;
            if (name && titles.stream().anyMatch(t -> t.start() <= c.start() && c.end() <= t.end() && t.length() > c.length())
                    && inside.stream().noneMatch(c::overlaps)) {
                inside.add(c);
            }
        }
        if (inside.isEmpty()) {
            return chosen;
        }
        List<Mention> all = new ArrayList<>(chosen);
        all.addAll(inside);
        all.sort(Comparator.comparingInt(Mention::start).thenComparing(m -> -m.length()));
        return all;
    }

    private static int priority(Mention m) {
        return switch (m.source()) {
            case LexiconRecognizer.SOURCE, ReferenceForms.ALIAS -> 4;
            case LatinNameRecognizer.SOURCE, TransliteratedNameRecognizer.SOURCE, TitleRecognizer.SOURCE,
                 EnumerationTyping.SOURCE, TradeNameRecognizer.SOURCE, ListedCompanyRecognizer.SOURCE,
                 UnitNameRecognizer.SOURCE, CoordinatedNames.SOURCE, BrandedProductRecognizer.LINE_SOURCE -> 3;
            case TaggedNameRecognizer.MODEL, OrganizationCompounder.SOURCE -> 2;
            default -> 1;
        };
    }

    private static List<Mention> chooseNonOverlapping(List<Mention> all, int textLength) {
        // A name that is an organisation's unit (清华大学计算机系: 清华大学 and 计算机系) is read as the unit of its
        // organisation, whoever proposed it whole: the unit keeps its organisation inside (see teams()).
        Set<String> units = new java.util.HashSet<>();
        all.stream().filter(TeamRecognizer::isTeam).forEach(t -> units.add(t.start() + "|" + t.end()));
        List<Mention> candidates = all.stream().filter(m -> !isLayered(m))
                .filter(m -> LexiconRecognizer.SOURCE.equals(m.source()) || !units.contains(m.start() + "|" + m.end()))
                .toList();
        // A known place inside a longer organisation name is part of that name (中国 in 中国共产党).
        Spans longNames = new Spans(candidates.stream().filter(o -> (o.type().core() == CoreType.ORGANIZATION
                || o.type().core() == CoreType.PLACE) && !NamePropagation.SOURCE.equals(o.source())).toList());
        // A known name inside a longer organisation or place the name tagger read whole is part of that name
        // (北京大学 in 北京大学出版社, 中国 in 中国科学院).
        // So is a company's name in a product's (Tesla in Tesla V100), a transliterated name's part, or a product's
        // in a unit's name (微信 in 微信AI实验室).
        Spans learnedNames = new Spans(candidates.stream().filter(o -> (TaggedNameRecognizer.MODEL.equals(o.source())
                && (o.type().core() == CoreType.ORGANIZATION || o.type().core() == CoreType.PLACE))
                || (LatinNameRecognizer.SOURCE.equals(o.source()) && o.type().core() == CoreType.PROJECT)
                || TransliteratedNameRecognizer.SOURCE.equals(o.source())
                || UnitNameRecognizer.SOURCE.equals(o.source())).toList());
        List<Mention> ordered = new ArrayList<>(candidates.stream()
                .filter(m -> m.type().core() != CoreType.PLACE || !longNames.containsLonger(m))
                .filter(m -> !LexiconRecognizer.SOURCE.equals(m.source()) || !learnedNames.containsLonger(m))
                .toList());
        ordered.sort(Comparator.comparingInt(MentionResolver::priority).reversed()
                .thenComparing(Comparator.comparingInt(Mention::length).reversed())
                .thenComparingInt(Mention::start));
        boolean[] taken = new boolean[textLength + 1];
        List<Mention> chosen = new ArrayList<>();
        for (Mention candidate : ordered) {
            boolean free = true;
            for (int i = candidate.start(); i < candidate.end() && free; i++) {
                free = !taken[i];
            }
            if (free) {
                java.util.Arrays.fill(taken, candidate.start(), candidate.end(), true);
                chosen.add(candidate);
            }
        }
        chosen.sort(Comparator.comparingInt(Mention::start));
        return chosen;
    }

    /** True when {@code [start, end)} is two or more of {@code spans} ("start|end") side by side, nothing between. */
    private static boolean tiled(int start, int end, Set<String> spans) {
        if (spans.size() < 2) {
            return false;
        }
        int length = end - start;
        // reach[j]: [start, start + j) is spans side by side; the whole span is not one of the parts, so reaching the
        // end takes two or more
        boolean[] reach = new boolean[length + 1];
        reach[0] = true;
        for (int i = 0; i < length; i++) {
            for (int j = i + 1; reach[i] && j <= length; j++) {
                if (j - i < length && spans.contains((start + i) + "|" + (start + j))) {
                    reach[j] = true;
                }
            }
        }
        return reach[length];
    }

    /** A known place inside a longer word the tagger took for a name (nz, nt, ns) is part of that name. */
    private static boolean placeInsideTaggedName(Mention place, List<dev.tupu.model.Token> tokens,
                                                 Set<String> knownPlaces) {
        if (!LexiconRecognizer.SOURCE.equals(place.source()) || place.type().core() != CoreType.PLACE) {
            return false;
        }
        // Tokens are in text order and do not overlap: the one that could hold the place starts at or before it.
        int lo = 0;
        int hi = tokens.size() - 1;
        int at = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() <= place.start()) {
                at = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (at < 0) {
            return false;
        }
        dev.tupu.model.Token t = tokens.get(at);
        return (t.tag().equals("nz") || t.tag().equals("nt") || t.tag().equals("ns"))
                && t.end() >= place.end() && t.end() - t.start() > place.length()
                && !(t.tag().equals("ns") && tiled(t.start(), t.end(), knownPlaces));
    }


    /** An alias the text introduced takes the key of the name it was introduced for; without it, it is dropped. */
    private static List<Mention> resolveReferences(List<Mention> keyed) {
        java.util.Map<Integer, String> keyAt = new java.util.HashMap<>();
        for (Mention m : keyed) {
            if (ReferenceForms.referredStart(m.key()) < 0) {
                keyAt.put(m.start(), m.key());
            }
        }
        List<Mention> out = new ArrayList<>();
        for (Mention m : keyed) {
            int referred = ReferenceForms.referredStart(m.key());
            if (referred < 0) {
                out.add(m);
            } else {
                String target = keyAt.get(referred);
                if (target != null) {
                    out.add(m.withKey(target));
                }
            }
        }
        return out;
    }

    /**
     * A name whose alias in brackets is a known name (计算机协会（ACM）, where the lexicon knows ACM) is that known
     * entity: every mention keyed like the name takes the known key, so the text has one entity, not two.
     */
    private static List<Mention> knownByAlias(List<Mention> candidates, List<Mention> keyed) {
        Map<String, Mention> knownAt = new java.util.HashMap<>();
        for (Mention c : candidates) {
            if (LexiconRecognizer.SOURCE.equals(c.source())) {
                knownAt.put(c.start() + "|" + c.end(), c);
            }
        }
        Map<Integer, Mention> knownForNameAt = new java.util.HashMap<>();
        for (Mention alias : candidates) {
            Mention known = ReferenceForms.ALIAS.equals(alias.source())
                    ? knownAt.get(alias.start() + "|" + alias.end()) : null;
            if (known != null) {
                knownForNameAt.put(ReferenceForms.referredStart(alias.key()), known);
            }
        }
        if (knownForNameAt.isEmpty()) {
            return keyed;
        }
        Map<String, String> rekey = new java.util.HashMap<>();
        for (Mention m : keyed) {
            Mention known = knownForNameAt.get(m.start());
            // Of one class only: 加拿大高级研究所（CIFAR） is no dataset the lexicon calls CIFAR.
            if (known != null && !m.key().equals(known.key()) && m.type().core() == known.type().core()
                    && m.type().core() != CoreType.PERSON) {
                rekey.put(m.key(), known.key());
            }
        }
        List<Mention> out = new ArrayList<>(keyed.size());
        for (Mention m : keyed) {
            out.add(rekey.containsKey(m.key()) ? m.withKey(rekey.get(m.key())) : m);
        }
        return out;
    }

    private String keyOf(Mention m, String normalized) {
        if (m.key() != null) {
            return m.key();
        }
        String name = normalized.substring(m.start(), m.end());
        Optional<LexiconEntry> known = lexicon.lookup(name);
        return known.map(LexiconEntry::key).orElseGet(() -> Names.key(m.type().core(), name));
    }

    /**
     * Names laid over the name they begin with, when that one was chosen: teams (清华大学计算机系 over 清华大学), keyed by
     * their head's key and their suffix, and products named with their maker's name first (甲乙小智 over 甲乙).
     */
    private static List<Mention> layered(Annotation in, List<Mention> chosen) {
        List<Mention> layered = new ArrayList<>();
        java.util.TreeMap<Integer, Mention> byStart = new java.util.TreeMap<>();
        chosen.forEach(m -> byStart.put(m.start(), m));
        int longest = chosen.stream().mapToInt(Mention::length).max().orElse(0);
        boolean[] taken = new boolean[in.original().length() + 1];
        for (Mention over : in.candidates()) {
            if (!isLayered(over)) {
                continue;
            }
            Optional<Mention> head = Optional.ofNullable(byStart.get(over.start())).filter(m -> m.end() < over.end());
            boolean clean = byStart.subMap(over.start() - longest, true, over.end(), false).values().stream()
                    .allMatch(m -> !m.overlaps(over) || (m.start() >= over.start() && m.end() <= over.end()));
            boolean free = true;
            for (int i = over.start(); i < over.end() && free; i++) {
                free = !taken[i];
            }
            if (head.isPresent() && clean && free) {
                java.util.Arrays.fill(taken, over.start(), over.end(), true);
                layered.add(over.withKey(TeamRecognizer.isTeam(over) ? teamKey(in, head.get(), over)
                        : Names.key(over.type().core(), in.normalized().substring(over.start(), over.end()))));
            }
        }
        return layered;
    }

    /** A product named with its maker's first (甲乙小智) is the product its own part names alone (小智). */
    private static List<Mention> ownNamesOfBrandedProducts(List<Mention> mentions) {
        Map<String, String> byOwnName = new LinkedHashMap<>();
        Map<Integer, Mention> makerAt = new java.util.HashMap<>();
        mentions.stream().filter(m -> m.type().core() == CoreType.ORGANIZATION).forEach(m -> makerAt.putIfAbsent(m.start(), m));
        for (Mention m : mentions) {
            Mention maker = makerAt.get(m.start());
            if (BrandedProductRecognizer.SOURCE.equals(m.source()) && maker != null && maker.end() < m.end()) {
                byOwnName.putIfAbsent(m.text().substring(maker.end() - m.start()), m.key());
            }
        }
        if (byOwnName.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            String product = m.type().core() == CoreType.PROJECT ? byOwnName.get(m.text()) : null;
            out.add(product == null ? m : m.withKey(product));
        }
        return out;
    }

    private static boolean isLayered(Mention m) {
        return TeamRecognizer.isTeam(m) || BrandedProductRecognizer.SOURCE.equals(m.source());
    }

    private static String teamKey(Annotation in, Mention head, Mention team) {
        String suffix = Names.matchForm(in.normalized().substring(head.end(), team.end()));
        return head.key().replaceFirst("^[a-z]+-", "org-") + suffix.replace(" ", "-");
    }

    /** Nicknames (given name + 神, surname + 总) and single Latin name words join the one person they fit. */
    private static List<Mention> mergeNicknames(List<Mention> mentions) {
        Map<String, String> fullNames = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (m.type().core() == CoreType.PERSON && m.text().length() >= 2) {
                fullNames.putIfAbsent(m.text(), m.key());
            }
        }
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            boolean mayRefer = NICKNAME.matcher(m.text()).matches() || LATIN_NAME_WORD.matcher(m.text()).matches()
                    || NamePropagation.SOURCE.equals(m.source());
            String target = m.type().core() == CoreType.PERSON && mayRefer ? nicknameTarget(m.text(), fullNames) : null;
            out.add(target == null ? m : m.withKey(target));
        }
        return out;
    }

    private static String nicknameTarget(String text, Map<String, String> fullNames) {
        Set<String> fits = new LinkedHashSet<>();
        var nickname = NICKNAME.matcher(text);
        boolean latinWord = LATIN_NAME_WORD.matcher(text).matches();
        for (var full : fullNames.entrySet()) {
            String name = full.getKey();
            if (name.equals(text)) {
                continue;
            }
            if (nickname.matches() && Names.hasHan(name) && name.length() >= 2 && name.length() <= 4) {
                String stem = nickname.group(1);
                if (name.substring(1).equals(stem) || name.substring(0, 1).equals(stem)) {
                    fits.add(full.getValue());
                }
            } else if (latinWord && (name.startsWith(text + " ") || name.endsWith(" " + text))) {
                fits.add(full.getValue());
            } else if (name.length() > text.length() + 1 && name.endsWith(text)
                    && "·・•‧".indexOf(name.charAt(name.length() - text.length() - 1)) >= 0) {
                fits.add(full.getValue()); // 安德森 for 托马斯·安德森
            }
        }
        return fits.size() == 1 ? fits.iterator().next() : null;
    }

    /** One entity per key: the lexicon's label or the most frequent surface form, every other form an alias. */
    private Map<String, Entity> entities(List<Mention> mentions) {
        Map<String, List<Mention>> byKey = new LinkedHashMap<>();
        for (Mention m : mentions) {
            byKey.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m);
        }
        Map<String, Entity> entities = new LinkedHashMap<>();
        for (var group : byKey.entrySet()) {
            List<Mention> ms = group.getValue();
            Optional<LexiconEntry> known = ms.stream()
                    .filter(m -> LexiconRecognizer.SOURCE.equals(m.source()))
                    .findFirst()
                    .flatMap(m -> lexicon.lookup(Names.matchForm(m.text())));
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Mention m : ms) {
                counts.merge(m.text().strip(), 1, Integer::sum);
            }
            String label = known.map(LexiconEntry::label).orElseGet(() -> mostFrequent(counts, ms));
            EntityType type = known.map(LexiconEntry::type).orElseGet(() -> mostSpecificType(ms));
            Set<String> aliases = new LinkedHashSet<>(counts.keySet());
            known.ifPresent(entry -> aliases.addAll(entry.displayNames()));
            aliases.remove(label);
            // In the text's order (Set.copyOf's order changes from run to run, and so would the graph's first alias).
            entities.put(group.getKey(), new Entity(group.getKey(), label, type, java.util.Collections.unmodifiableSet(aliases)));
        }
        return entities;
    }

    private static String mostFrequent(Map<String, Integer> counts, List<Mention> ms) {
        // Prefer the full name over a nickname: mentions found as names (not nicknames) come first.
        String keyLabel = ms.get(0).text().strip();
        int best = -1;
        for (var e : counts.entrySet()) {
            boolean isNickname = NICKNAME.matcher(e.getKey()).matches() && counts.size() > 1;
            // A short form inside a longer one (Anderson in Ian Anderson, 安德森 in 托马斯·安德森) is not the label.
            boolean isShortForm = counts.keySet().stream()
                    .anyMatch(o -> o.length() > e.getKey().length() && o.contains(e.getKey()));
            int score = e.getValue() * 2 + (isNickname || isShortForm ? 0 : 1000);
            if (score > best) {
                best = score;
                keyLabel = e.getKey();
            }
        }
        return keyLabel;
    }

    private static EntityType mostSpecificType(List<Mention> ms) {
        Map<EntityType, Integer> counts = new java.util.EnumMap<>(EntityType.class); // a tie: the first class, every run
        for (Mention m : ms) {
            int weight = m.type() == EntityType.valueOf(m.type().core().name()) ? 1 : 3;
            counts.merge(m.type(), weight, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
