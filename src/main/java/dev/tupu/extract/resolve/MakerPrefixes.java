package dev.tupu.extract.resolve;

import dev.tupu.model.CoreType;
import dev.tupu.model.EntityType;
import dev.tupu.model.Mention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A product named with its maker's name in front (腾讯觅影, 百度大脑, Google Chrome) mentions the maker: when the text
 * names an organisation elsewhere and a project's name begins with that name, the project's mention keeps a
 * mention of the organisation inside it, as a team keeps the name it is named after. Relations read it from there
 * ({@code developedBy.namedAfter}).
 */
final class MakerPrefixes {
    public static final String SOURCE = "maker";
    private static final int SHORTEST = 2;

    private MakerPrefixes() {
    }

    /** The organisation mentions nested at the start of project mentions. */
    static List<Mention> inside(List<Mention> mentions) {
        Map<String, Mention> organisations = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (m.type().core() == CoreType.ORGANIZATION && m.type() != EntityType.TEAM && m.text().length() >= SHORTEST) {
                organisations.putIfAbsent(m.text(), m);
            }
        }
        List<Mention> nested = new ArrayList<>();
        for (Mention project : mentions) {
            if (project.type().core() != CoreType.PROJECT) {
                continue;
            }
            Mention maker = null;
            for (Map.Entry<String, Mention> org : organisations.entrySet()) {
                String name = org.getKey();
                if (project.text().length() > name.length() && project.text().startsWith(name)
                        && wordEnds(project.text(), name.length())
                        && (maker == null || name.length() > maker.text().length())) {
                    maker = org.getValue();
                }
            }
            if (maker != null) {
                int end = project.start() + maker.text().length();
                nested.add(new Mention(project.start(), end, project.text().substring(0, maker.text().length()),
                        maker.type(), maker.key(), SOURCE));
            }
        }
        return nested;
    }

    /** A Latin name ends where a Latin word does (Google Chrome, not Googleplex); a Chinese one anywhere. */
    private static boolean wordEnds(String text, int at) {
        char last = text.charAt(at - 1);
        char next = text.charAt(at);
        boolean latin = last < 0x80 && Character.isLetterOrDigit(last);
        return !latin || !(next < 0x80 && Character.isLetterOrDigit(next));
    }
}
