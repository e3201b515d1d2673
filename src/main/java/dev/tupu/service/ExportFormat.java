package dev.tupu.service;

import org.apache.jena.riot.RDFFormat;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats the whole graph can be exported in. */
public enum ExportFormat {
    TURTLE("turtle", RDFFormat.TURTLE_PRETTY, "text/turtle", "ttl"),
    NTRIPLES("ntriples", RDFFormat.NTRIPLES_UTF8, "application/n-triples", "nt"),
    JSONLD("jsonld", RDFFormat.JSONLD11, "application/ld+json", "jsonld"),
    TRIG("trig", RDFFormat.TRIG_PRETTY, "application/trig", "trig"),
    NQUADS("nquads", RDFFormat.NQUADS_UTF8, "application/n-quads", "nq");

    private final String name;
    private final RDFFormat format;
    private final String mediaType;
    private final String extension;

    ExportFormat(String name, RDFFormat format, String mediaType, String extension) {
        this.name = name;
        this.format = format;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public RDFFormat rdfFormat() {
        return format;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    @Override
    public String toString() {
        return name;
    }

    /** Parses a format name (turtle, ntriples, jsonld, trig, nquads; ttl, nt, json-ld accepted too). */
    public static ExportFormat parse(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT).replace("-", "");
        for (ExportFormat f : values()) {
            if (f.name.equals(v) || f.extension.equals(v)) {
                return f;
            }
        }
        throw new InvalidRequestException("unknown format '" + value + "'; use one of " + names());
    }

    public static String names() {
        return Arrays.stream(values()).map(f -> f.name).collect(Collectors.joining(", "));
    }
}
