package org.mosaiccrm.platform.security.service.internal.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.mosaiccrm.platform.security.service.internal.OwnerOnlyFiles;

/**
 * The chain's head (newest sequence number and hash) written outside the database: appended to a
 * file an operator can ship elsewhere (by default {@code data/log/audit-anchors.log}) and logged.
 * Each line is signed with an audit key, so a line cannot be forged; a chain whose newest entries
 * were deleted, or that was rewritten, no longer reaches the last anchor. Keep a copy off the
 * machine: whoever can delete the newest entries may also be able to shorten this file.
 */
final class HeadAnchors {

    /** A head written at {@code at}. */
    record Anchor(Instant at, long sequence, String hash) {
    }

    private final Path file;
    private final AuditKeys keys;

    HeadAnchors(Path file, AuditKeys keys) {
        this.file = file;
        this.keys = keys;
    }

    Path file() {
        return file;
    }

    /** Appends the head unless it is the one written last. */
    void write(long sequence, String hash, Instant at) throws IOException {
        if (last().filter(a -> a.sequence() == sequence && a.hash().equals(hash)).isPresent()) {
            return;
        }
        AuditKeys.Key key = keys.current();
        String body = at + " seq=" + sequence + " head=" + hash + " key=" + key.id();
        String line = body + " mac=" + AuditKeys.mac(key, body) + "\n";
        if (!Files.exists(file)) {
            OwnerOnlyFiles.create(file);
        }
        Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    /** The newest line whose signature holds (a forged or damaged line is passed over). */
    Optional<Anchor> last() throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = lines.size() - 1; i >= 0; i--) {
            Optional<Anchor> anchor = parse(lines.get(i));
            if (anchor.isPresent()) {
                return anchor;
            }
        }
        return Optional.empty();
    }

    private Optional<Anchor> parse(String line) {
        int macAt = line.lastIndexOf(" mac=");
        if (macAt < 0) {
            return Optional.empty();
        }
        String body = line.substring(0, macAt);
        String[] parts = body.split(" ");
        if (parts.length != 4 || !parts[1].startsWith("seq=") || !parts[2].startsWith("head=") || !parts[3].startsWith("key=")) {
            return Optional.empty();
        }
        Optional<AuditKeys.Key> key = keys.byId(parts[3].substring(4));
        if (key.isEmpty() || !AuditKeys.mac(key.get(), body).equals(line.substring(macAt + 5).strip())) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Anchor(Instant.parse(parts[0]), Long.parseLong(parts[1].substring(4)), parts[2].substring(5)));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }
}
