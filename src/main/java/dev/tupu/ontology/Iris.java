package dev.tupu.ontology;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The one place IRIs are built. Entities: {@code https://tupu.dev/id/{key}} (e.g. {@code id/project-mxnet}), the
 * same in every document; documents (and their named graphs): {@code https://tupu.dev/doc/{id}}; relation evidence:
 * {@code https://tupu.dev/ev/{document id}-{hash}}.
 */
public final class Iris {
    public static final String BASE = "https://tupu.dev/";
    public static final String ENTITY = BASE + "id/";
    public static final String DOCUMENT = BASE + "doc/";
    public static final String EVIDENCE = BASE + "ev/";

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
