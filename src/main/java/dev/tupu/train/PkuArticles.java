package dev.tupu.train;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns the People's Daily 1998 corpus with paragraph ids ({@code 19980101-01-001-001/m  迈向/v ...}) back into
 * plain text, to measure tupu on many documents: tags and compound brackets are stripped, the words joined as
 * printed. Writes one {@code .txt} file per paragraph (or per article: the paragraphs sharing
 * {@code date-page-article}) under {@code articles/DATE/}, and {@code paragraphs.txt} with one paragraph a line,
 * in corpus order. Streams: one paragraph or article in memory at a time.
 */
public final class PkuArticles {
    /** What one document is. */
    public enum Unit {
        PARAGRAPH, ARTICLE;

        public static Unit parse(String s) {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        }
    }

    /** What {@link #write} wrote. */
    public record Written(Path articles, Path paragraphs, int documents, int paragraphCount, long characters) {
    }

    private static final Pattern ID = Pattern.compile("(\\d{8})-(\\d+-\\d+)-(\\d+)/m");

    private PkuArticles() {
    }

    public static Written write(Path corpus, Path outDir, Unit unit) throws IOException {
        Path articles = outDir.resolve("articles");
        Path paragraphs = outDir.resolve("paragraphs.txt");
        Files.createDirectories(articles);
        int documents = 0;
        int paragraphCount = 0;
        long characters = 0;
        String openKey = null;
        StringBuilder open = new StringBuilder();
        try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8);
             BufferedWriter lines = Files.newBufferedWriter(paragraphs, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] tokens = line.strip().split("\\s+");
                var id = ID.matcher(tokens[0]);
                if (!id.matches()) {
                    continue; // blank separator lines
                }
                String text = plainText(tokens);
                if (text.isEmpty()) {
                    continue;
                }
                lines.write(text);
                lines.newLine();
                paragraphCount++;
                characters += text.length();
                String key = id.group(1) + "/" + id.group(2) + (unit == Unit.PARAGRAPH ? "-" + id.group(3) : "");
                if (!key.equals(openKey)) {
                    documents += flush(articles, openKey, open);
                    openKey = key;
                }
                open.append(text).append('\n');
            }
            documents += flush(articles, openKey, open);
        }
        return new Written(articles, paragraphs, documents, paragraphCount, characters);
    }

    /** The words of one tagged paragraph (its id token first), joined: {@code [中国/ns 共产党/n]nt} → 中国共产党. */
    static String plainText(String[] tokens) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i < tokens.length; i++) {
            String token = tokens[i].startsWith("[") ? tokens[i].substring(1) : tokens[i];
            int slash = token.lastIndexOf('/');
            text.append(slash > 0 ? token.substring(0, slash) : token);
        }
        return text.toString();
    }

    private static int flush(Path articles, String key, StringBuilder text) throws IOException {
        if (key == null || text.isEmpty()) {
            return 0;
        }
        Path file = articles.resolve(key + ".txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        text.setLength(0);
        return 1;
    }
}
