package dev.tupu.service;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Finds the {@code .txt} and {@code .md} files of an input, reads them as strict UTF-8, and reads a Markdown file's
 * date from its front matter.
 */
public final class DocumentReader {
    private DocumentReader() {
    }

    /** The files to ingest: {@code input} itself, or every .txt and .md file under it, in a stable order. */
    public static List<Path> files(Path input) {
        if (!Files.exists(input)) {
            throw new BadDocumentException(input + ": no such file or directory");
        }
        if (Files.isRegularFile(input)) {
            return List.of(input);
        }
        try (Stream<Path> walk = Files.walk(input)) {
            return walk.filter(Files::isRegularFile).filter(DocumentReader::isText).sorted().toList();
        } catch (IOException e) {
            throw new BadDocumentException(input + ": cannot list files: " + e.getMessage());
        }
    }

    static boolean isText(Path path) {
        return isText(path.getFileName().toString());
    }

    /** Whether a file of this name is a document: {@code .txt} or {@code .md}, in any case. */
    public static boolean isText(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".md");
    }

    /**
     * The date a Markdown file's front matter gives ({@code date: 2020-07-15}, see {@link FrontMatter}), or null for
     * a plain-text file or none; a date that names no day is a {@link BadDocumentException} naming the file.
     */
    public static LocalDate date(Path file, String text) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md")) {
            return null;
        }
        try {
            return FrontMatter.of(text).date();
        } catch (InvalidRequestException e) {
            throw new BadDocumentException(file + ": " + e.getMessage());
        }
    }

    /** The file's text; a byte-order mark is dropped; anything but non-empty UTF-8 is a {@link BadDocumentException}. */
    public static String read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadDocumentException(file + ": cannot read: " + e.getMessage());
        }
        return decode(file.toString(), bytes);
    }

    /**
     * The text of a file's bytes, as {@link #read} gives it, for a file read by other means (the Spark job reads
     * through Hadoop's file systems); {@code file} names it in messages.
     */
    public static String decode(String file, byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadDocumentException(file + ": not UTF-8 text (convert it to UTF-8 first)");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            throw new BadDocumentException(file + ": binary content (NUL bytes), not a text file");
        }
        if (text.isBlank()) {
            throw new BadDocumentException(file + ": empty document");
        }
        return text;
    }
}
