package dev.tupu.model;

/**
 * When a relation mention's clause dates it: a point in time (an event: left, founded, released), or the start
 * and/or end of a state (worked for, studied at, led). Values are lexical forms of {@code xsd:gYear} ({@code 2012}),
 * {@code xsd:gYearMonth} ({@code 2019-03}) or {@code xsd:date} ({@code 2020-07-15}); all three are null when the
 * expression could not be resolved (a relative one, 去年, in a document of unknown date).
 *
 * @param point     when the event happened, or null
 * @param start     when the state began, or null
 * @param end       when the state ended, or null
 * @param text      the time expression as written (a range is one text)
 * @param textStart char offset of the expression in the original text
 * @param textEnd   char offset just past it
 */
public record RelationTime(String point, String start, String end, String text, int textStart, int textEnd) {

    /** True when the expression gave no value. */
    public boolean unresolved() {
        return point == null && start == null && end == null;
    }
}
