package dev.tupu.extract;

/** A kind of annotation a stage needs or adds. */
public enum Layer {
    NORMALIZED, SENTENCES, TOKENS, CANDIDATES, MENTIONS, RELATIONS, TIMES
}
