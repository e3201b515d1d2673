package dev.tupu.extract.names;

import dev.tupu.extract.Annotation;
import dev.tupu.extract.Layer;
import dev.tupu.extract.Stage;
import dev.tupu.model.CoreType;
import dev.tupu.model.EntityType;
import dev.tupu.model.Mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds {@link Layer#CANDIDATES}: teams named after a person, project or organisation (X团队, X组, X实验室, X team).
 * The team's mention contains its head's mention; a generic group (产品组, 一个研究团队) has no named head and is
 * not proposed.
 */
public final class TeamRecognizer implements Stage {
    public static final String SOURCE = "team";
    private static final Pattern SUFFIX = Pattern.compile("^ ?(团队|小组|课题组|研究组|项目组|实验室|社区|组(?![织件成合建装])|[Tt]eam\\b)");

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.NORMALIZED, Layer.CANDIDATES);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.CANDIDATES);
    }

    @Override
    public Annotation apply(Annotation in) {
        String text = in.normalized();
        List<Mention> teams = new ArrayList<>();
        for (Mention head : in.candidates()) {
            if (head.type().core() == CoreType.PLACE || isTeam(head)) {
                continue;
            }
            Matcher m = SUFFIX.matcher(text.substring(head.end(), Math.min(text.length(), head.end() + 6)));
            if (m.find()) {
                int end = head.end() + m.end();
                EntityType type = m.group(1).equals("社区") ? EntityType.COMMUNITY : EntityType.TEAM;
                teams.add(new Mention(head.start(), end, in.original().substring(head.start(), end),
                        type, null, SOURCE));
            }
        }
        return in.plusCandidates(teams);
    }

    /** True for a mention this recogniser proposed. */
    public static boolean isTeam(Mention mention) {
        return SOURCE.equals(mention.source());
    }
}
