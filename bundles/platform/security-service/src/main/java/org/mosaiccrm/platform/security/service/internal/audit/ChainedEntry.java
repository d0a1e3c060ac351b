package org.mosaiccrm.platform.security.service.internal.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * An audit entry with its place in the chain. The hash covers every field and the previous hash,
 * each field length-prefixed so no two different entries encode alike. It is an HMAC-SHA256 with
 * the key named by {@code keyId} ({@link AuditKeys}); entries from before the chain was keyed have
 * no key id and a plain SHA-256.
 */
record ChainedEntry(long sequence, Instant at, Long userId, String username, String address, String category,
        String action, String module, String recordType, String recordId, String changes, String prevHash,
        String keyId, String hash) {

    /** The previous hash of the very first entry. */
    static final String GENESIS = "0".repeat(64);

    static ChainedEntry link(long sequence, Instant at, Long userId, String username, String address, String category,
            String action, String module, String recordType, String recordId, String changes, String prevHash,
            AuditKeys.Key key) {
        // the database keeps microseconds; hash what will be read back
        Instant stored = at.truncatedTo(ChronoUnit.MICROS);
        ChainedEntry unsigned = new ChainedEntry(sequence, stored, userId, username, address, category, action, module,
                recordType, recordId, changes, prevHash, key.id(), "");
        return new ChainedEntry(sequence, stored, userId, username, address, category, action, module, recordType,
                recordId, changes, prevHash, key.id(), unsigned.computeHash(key));
    }

    /** The HMAC with {@code key}, or for an entry from before keys ({@code key} null) the plain SHA-256. */
    String computeHash(AuditKeys.Key key) {
        return key == null ? sha256(text()) : AuditKeys.mac(key, text());
    }

    private String text() {
        StringBuilder text = new StringBuilder(256 + changes.length());
        for (Object field : new Object[] { sequence, at, userId,
                username, address, category, action, module, recordType, recordId, changes, prevHash }) {
            String value = String.valueOf(field);
            text.append(value.length()).append(':').append(value).append(';');
        }
        return text.toString();
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
