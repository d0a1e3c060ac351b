package org.mosaiccrm.platform.attachments.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The attachments' files under one folder, each named by its SHA-256 ({@code ab/cd/abcd…}): the same
 * file kept with two records lies there once. An upload goes to {@code incoming/} first, is counted
 * and hashed on the way, and only a checked one is moved into place; files and folders are the
 * owner's only, as everything in the data folder.
 */
final class FileStore {

    /** A file received but not yet kept. */
    record Received(Path file, String sha256, long size) {
    }

    /** Thrown when the upload is larger than allowed; nothing of it is kept. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    private final Path root;

    FileStore(Path root) {
        this.root = root;
    }

    /** Reads {@code content} into a new file of {@code incoming/}, refusing it beyond {@code maxBytes}. */
    Received receive(InputStream content, long maxBytes) throws IOException {
        Path incoming = folder(root.resolve("incoming"));
        Path file = Files.createTempFile(incoming, "upload-", ".part");
        MessageDigest sha256 = sha256();
        long size = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[65536];
            for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                size += read;
                if (size > maxBytes) {
                    throw new TooLarge();
                }
                sha256.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return new Received(file, HexFormat.of().formatHex(sha256.digest()), size);
    }

    /**
     * Moves a received file into its place. The place is named by the content, so a file there already
     * (the same file kept with another record, or a parallel upload of it) is the same: replacing it
     * changes nothing.
     */
    void keep(Received received) throws IOException {
        Path target = path(received.sha256());
        folder(target.getParent());
        Files.move(received.file(), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    void discard(Received received) throws IOException {
        Files.deleteIfExists(received.file());
    }

    InputStream open(String sha256) throws IOException {
        return Files.newInputStream(path(sha256));
    }

    void remove(String sha256) throws IOException {
        Files.deleteIfExists(path(sha256));
    }

    Path path(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private static Path folder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            try {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createDirectories(folder);
            }
        }
        return folder;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
