package dev.tupu.model;

/**
 * A word from the segmenter.
 *
 * @param start char offset into the original text
 * @param end   char offset just past the word (exclusive)
 * @param word  the word as it appears in the normalised text
 * @param tag   the segmenter's part-of-speech tag (PKU/HanLP tag set: nr person, ns place, nt organisation, ...)
 */
public record Token(int start, int end, String word, String tag) {
}
