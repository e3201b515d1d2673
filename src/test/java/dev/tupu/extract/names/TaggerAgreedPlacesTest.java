package dev.tupu.extract.names;

import dev.tupu.extract.Annotation;
import dev.tupu.model.EntityType;
import dev.tupu.model.Mention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Read in one corpus's style, a lexicon's place stands only where the tagger reads a name too. */
class TaggerAgreedPlacesTest {

    private static Mention mention(String text, String name, EntityType type, String source) {
        int at = text.indexOf(name);
        return new Mention(at, at + name.length(), name, type, null, source);
    }

    private static List<String> kept(String text, Mention... candidates) {
        Annotation in = Annotation.of(text).withNormalized(text).withCandidates(List.of(candidates));
        return new TaggerAgreedPlaces().apply(in).candidates().stream()
                .map(m -> m.text() + ":" + m.source()).toList();
    }

    @Test
    void a_lexicon_place_the_tagger_does_not_read_is_dropped() {
        String text = "中国市场很大，他住在北京市海淀区。";
        assertEquals(List.of("北京市海淀区:model", "北京:lexicon"), kept(text,
                mention(text, "中国", EntityType.COUNTRY, LexiconRecognizer.SOURCE),
                mention(text, "北京市海淀区", EntityType.PLACE, TaggedNameRecognizer.MODEL),
                mention(text, "北京", EntityType.CITY, LexiconRecognizer.SOURCE)));
    }

    @Test
    void other_lexicon_names_and_other_sources_stay() {
        String text = "百度在中国发布了新产品。";
        assertEquals(List.of("百度:lexicon", "中国:title-marks"), kept(text,
                mention(text, "百度", EntityType.COMPANY, LexiconRecognizer.SOURCE),
                mention(text, "中国", EntityType.COUNTRY, TitleRecognizer.SOURCE)));
    }
}
