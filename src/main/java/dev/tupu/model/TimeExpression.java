package dev.tupu.model;

/**
 * A time expression of a text, normalised. Values are lexical forms of {@code xsd:gYear} ({@code 2012}),
 * {@code xsd:gYearMonth} ({@code 2019-03}) or {@code xsd:date} ({@code 2020-07-15}).
 *
 * @param start char offset of its first character in the original text
 * @param end   char offset just past it
 * @param text  the expression as written
 * @param value when it is (a range: when it begins); null when it could not be resolved (去年 in a text of unknown
 *              date)
 * @param until where a range ends (2011年至2012年: 2012); null for a point
 * @param since true when it opens an open-ended state (2019年3月起, 2016年以来)
 */
public record TimeExpression(int start, int end, String text, String value, String until, boolean since) {

    public boolean range() {
        return until != null;
    }

    public boolean resolved() {
        return value != null;
    }
}
