package dev.tupu.support;

/** tupu's version, as the CLI reports it and as each document's graph records its extractor. */
public final class Version {
    /**
     * Change with any change to extraction (code, lexicons, rules, models): {@code build} re-extracts a document
     * whose stored graph was made by another version even when its text is unchanged.
     */
    public static final String NAME = "tupu 0.1.0";

    private Version() {
    }
}
