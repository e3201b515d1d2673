package dev.tupu.ontology;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The one place IRIs are built. Entities: {@code https://tupu.dev/id/{key}} (e.g. {@code id/project-mxnet}), the
 * same in every document; documents (and their named graphs): {@code https://tupu.dev/doc/{id}}; relation and entity
 * mentions (evidence): {@code https://tupu.dev/ev/{document id}-{hash}}; the ontology: {@code https://tupu.dev/ontology}.
 */
public final class Iris {
    public static final String BASE = "https://tupu.dev/";
    public static final String ENTITY = BASE + "id/";
    public static final String DOCUMENT = BASE + "doc/";
    public static final String EVIDENCE = BASE + "ev/";
    /** The ontology's IRI; its terms are {@code ONTOLOGY + "#" + local name} ({@link Tupu#NS}). */
    public static final String ONTOLOGY = BASE + "ontology";

    private Iris() {
    }

    public static String entity(String key) {
        return ENTITY + key;
    }

    public static String document(String id) {
        return DOCUMENT + id;
    }

    public static String evidence(String documentId, String fingerprint) {
        return EVIDENCE + documentId + "-" + sha256(fingerprint).substring(0, 16);
    }

    /** The IRI of the evidence (a relation or entity mention) whose key is {@code key}, as {@code /ev/{key}} names it. */
    public static String evidence(String key) {
        return EVIDENCE + key;
    }

    /** The key of an evidence IRI, if it is one of ours. */
    public static Optional<String> evidenceKey(String iri) {
        return iri.startsWith(EVIDENCE) ? Optional.of(iri.substring(EVIDENCE.length())) : Optional.empty();
    }

    /** The entity key of an entity IRI, if it is one of ours. */
    public static Optional<String> entityKey(String iri) {
        return iri.startsWith(ENTITY) ? Optional.of(iri.substring(ENTITY.length())) : Optional.empty();
    }

    /** The document id of a document IRI, if it is one of ours. */
    public static Optional<String> documentId(String iri) {
        return iri.startsWith(DOCUMENT) ? Optional.of(iri.substring(DOCUMENT.length())) : Optional.empty();
    }

    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
