package org.mosaiccrm.platform.security.service.internal.login;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.mosaiccrm.platform.security.service.internal.OwnerOnlyFiles;

/**
 * The first administrator's generated one-time password, for an operator who did not see the
 * console (the CRM started as a service): a file of the data folder readable by the owner only,
 * removed as soon as a password is changed. Never in the log, which is kept, copied and shipped.
 */
final class FirstStartPassword {

    static final String FILE = "first-start-password.txt";

    private FirstStartPassword() {
    }

    /** The file, when Karaf's data folder is known. */
    static Optional<Path> file() {
        String data = System.getProperty("karaf.data");
        return data == null ? Optional.empty() : Optional.of(Path.of(data, FILE));
    }

    static void write(Path file, String username, String password) throws IOException {
        Files.deleteIfExists(file);
        OwnerOnlyFiles.create(file);
        Files.writeString(file, "user: " + username + "\none-time password: " + password
                + "\n(this file is removed when the password is changed at first sign-in)\n", StandardCharsets.UTF_8);
    }

    /** Forgets the password once it has been replaced. */
    static void remove() {
        file().ifPresent(path -> {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // left behind it holds a password that no longer works
            }
        });
    }
}
