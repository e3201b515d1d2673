package dev.tupu.model;

/**
 * One sentence of a text.
 *
 * @param index position of the sentence in the text, from 0
 * @param start char offset of its first character in the original text
 * @param end   char offset just past its last character (exclusive)
 * @param text  the original text of the sentence, {@code text.substring(start, end)}
 */
public record Sentence(int index, int start, int end, String text) {
}
