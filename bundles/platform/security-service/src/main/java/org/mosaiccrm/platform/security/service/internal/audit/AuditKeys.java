package org.mosaiccrm.platform.security.service.internal.audit;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.mosaiccrm.platform.security.service.internal.OwnerOnlyFiles;

/**
 * The secret keys of the audit chain, kept in a file outside the database (by default
 * {@code etc/mosaic-audit.keys}, owner-only): whoever can change the database cannot compute a
 * valid entry, and a chain rewritten with plain SHA-256 no longer verifies. Keys rotate: new
 * entries take the current key and name it, older entries keep naming theirs. Entries written
 * before keys existed (up to {@code legacyUntil}) are accepted with plain SHA-256, later ones never.
 * Losing this file makes the chain unverifiable: back it up with {@code etc/}.
 */
public final class AuditKeys {

    /** One key: its id (written beside each entry) and its secret. */
    public record Key(String id, byte[] secret) {
    }

    private static final String CURRENT = "current";
    private static final String LEGACY_UNTIL = "legacyUntil";
    private static final String KEY = "key.";

    private final Path file;
    private volatile Properties keys;

    private AuditKeys(Path file, Properties keys) {
        this.file = file;
        this.keys = keys;
    }

    /**
     * The keys in {@code file}; when there is none yet, a new file with one fresh key, accepting
     * plain entries up to {@code legacyUntil} (the newest entry written before keys existed).
     */
    public static AuditKeys open(Path file, long legacyUntil) throws IOException {
        if (Files.exists(file)) {
            Properties read = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                read.load(in);
            }
            if (read.getProperty(CURRENT) == null || read.getProperty(KEY + read.getProperty(CURRENT)) == null) {
                throw new IOException("The audit key file " + file + " names no current key");
            }
            return new AuditKeys(file, read);
        }
        Properties fresh = new Properties();
        fresh.setProperty(LEGACY_UNTIL, String.valueOf(legacyUntil));
        AuditKeys created = new AuditKeys(file, fresh);
        created.addKey("k1");
        return created;
    }

    public Key current() {
        Properties now = keys;
        String id = now.getProperty(CURRENT);
        return new Key(id, Base64.getDecoder().decode(now.getProperty(KEY + id)));
    }

    public Optional<Key> byId(String id) {
        String secret = id == null ? null : keys.getProperty(KEY + id);
        return secret == null ? Optional.empty() : Optional.of(new Key(id, Base64.getDecoder().decode(secret)));
    }

    /** Entries up to this sequence number were written before the chain was keyed. */
    public long legacyUntil() {
        return Long.parseLong(keys.getProperty(LEGACY_UNTIL, "0"));
    }

    /** A new current key; entries already written keep theirs. Returns the new key's id. */
    public synchronized String rotate() throws IOException {
        int next = 1;
        while (keys.getProperty(KEY + "k" + next) != null) {
            next++;
        }
        return addKey("k" + next);
    }

    public Path file() {
        return file;
    }

    /** HMAC-SHA256 of {@code text} with {@code key}, as 64 hex digits. */
    public static String mac(Key key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.secret(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private synchronized String addKey(String id) throws IOException {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        Properties next = new Properties();
        next.putAll(keys);
        next.setProperty(KEY + id, Base64.getEncoder().encodeToString(secret));
        next.setProperty(CURRENT, id);
        write(next);
        keys = next;
        return id;
    }

    /** Written to a new owner-only file first, then moved over the old one: never half a key file. */
    private void write(Properties content) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(partial);
        OwnerOnlyFiles.create(partial);
        try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            content.store(out, "Mosaic CRM audit chain keys: keep secret, back up with etc/, never edit");
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
