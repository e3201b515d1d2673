package dev.tupu.service;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A document's date as people give it (build --date, front matter, the API, extract's input): YYYY-MM-DD. */
public final class DocumentDates {
    private DocumentDates() {
    }

    /**
     * The date {@code value} names, a real day of the ISO calendar ({@code 2020-07-15}; not {@code 2020-02-30});
     * otherwise an {@link InvalidRequestException} that says what was given ({@code what}: where it came from, for
     * the message, or null).
     */
    public static LocalDate parse(String value, String what) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException((what == null ? "" : what + " ") + "'" + value
                    + "' is not a date: give it as YYYY-MM-DD, e.g. 2020-07-15");
        }
    }
}
