package dev.tupu.service;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The front matter that may open a Markdown file, as Jekyll, Hugo and most site generators write it: a line
 * {@code ---}, {@code key: value} lines, and a closing {@code ---} (or {@code ...}). tupu reads its {@code date:},
 * the date of the text; a date-time ({@code 2020-07-15T09:30:00+08:00}) gives its day. The text keeps the block, so
 * offsets still index the file as it is.
 *
 * @param dateValue the {@code date:} value as written (quotes removed), or null
 * @param end       the char offset just past the block, 0 when the text opens with none
 */
public record FrontMatter(String dateValue, int end) {
    /** Front matter is short: it is looked for in the text's first chars only. */
    private static final int MAX_CHARS = 16_384;
    private static final Pattern BLOCK = Pattern.compile(
            "\\A---[ \\t]*\\r?\\n(.*?)^(?:---|\\.\\.\\.)[ \\t]*(?:\\r?\\n|\\z)", Pattern.DOTALL | Pattern.MULTILINE);
    private static final Pattern DATE_LINE = Pattern.compile("^date[ \\t]*:[ \\t]*(.*?)[ \\t]*$", Pattern.MULTILINE);
    private static final Pattern QUOTED = Pattern.compile("^([\"'])(.*)\\1$");
    private static final Pattern DAY_OF_DATE_TIME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[T ].*)?");

    /** The front matter {@code text} opens with, if any. */
    public static FrontMatter of(String text) {
        Matcher block = BLOCK.matcher(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
        if (!block.find()) {
            return new FrontMatter(null, 0);
        }
        Matcher line = DATE_LINE.matcher(block.group(1));
        String value = line.find() ? QUOTED.matcher(line.group(1)).replaceFirst("$2").strip() : "";
        return new FrontMatter(value.isEmpty() ? null : value, block.end());
    }

    /** The date the block gives, or null; a value that names no day is an {@link InvalidRequestException}. */
    public LocalDate date() {
        if (dateValue == null) {
            return null;
        }
        Matcher day = DAY_OF_DATE_TIME.matcher(dateValue);
        return DocumentDates.parse(day.matches() ? day.group(1) : dateValue, "the front matter's date");
    }
}
