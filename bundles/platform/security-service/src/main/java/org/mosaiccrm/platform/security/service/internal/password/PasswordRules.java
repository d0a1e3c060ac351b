package org.mosaiccrm.platform.security.service.internal.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.mosaiccrm.platform.security.Authenticator;
import org.mosaiccrm.platform.security.PasswordRejectedException;
import org.osgi.service.component.annotations.Component;

import com.nulabinc.zxcvbn.Zxcvbn;

/**
 * The password rules of ASVS 2.1: at least 8 characters, up to 128, any characters, no composition
 * rules, not one of the 30,000 most common passwords (the zxcvbn list, unpacked at build time), and
 * not easy to guess by zxcvbn's estimate (repeats, sequences, keyboard patterns, names, the user
 * name and this product's name: {@code adminadmin}, {@code abcdefgh}, {@code mosaiccrm}).
 */
@Component(service = PasswordRules.class)
public class PasswordRules {

    static final String COMMON_LIST = "/password/passwords.txt";
    private static final char[] ONE_TIME_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    /** zxcvbn's score from 0 to 4; 2 ("somewhat guessable", about 10^8 guesses) is the least accepted. */
    static final int MIN_SCORE = 2;
    private static final List<String> PRODUCT_WORDS = List.of("mosaic", "crm", "mosaiccrm");

    private final Set<String> common;
    private final Zxcvbn strength = new Zxcvbn();
    private final SecureRandom random = new SecureRandom();

    public PasswordRules() {
        this.common = load();
    }

    /**
     * @throws PasswordRejectedException with the message key of the broken rule
     */
    public void check(String username, char[] password) {
        int length = new String(password).codePointCount(0, password.length);
        if (length < Authenticator.MIN_PASSWORD) {
            throw new PasswordRejectedException("password.tooShort");
        }
        if (length > Authenticator.MAX_PASSWORD) {
            throw new PasswordRejectedException("password.tooLong");
        }
        String lower = new String(password).toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            throw new PasswordRejectedException("password.common");
        }
        if (username != null && lower.equals(username.strip().toLowerCase(Locale.ROOT))) {
            throw new PasswordRejectedException("password.sameAsUser");
        }
        List<String> known = new ArrayList<>(PRODUCT_WORDS);
        if (username != null && !username.isBlank()) {
            known.add(username.strip());
        }
        if (strength.measure(new String(password), known).getScore() < MIN_SCORE) {
            throw new PasswordRejectedException("password.weak");
        }
    }

    /** A random password of 16 unambiguous letters and digits (about 92 bits), to be changed at first login. */
    public String oneTimePassword() {
        StringBuilder password = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            password.append(ONE_TIME_ALPHABET[random.nextInt(ONE_TIME_ALPHABET.length)]);
        }
        return password.toString();
    }

    int commonCount() {
        return common.size();
    }

    private static Set<String> load() {
        try (InputStream in = PasswordRules.class.getResourceAsStream(COMMON_LIST)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + COMMON_LIST + " (unpacked from zxcvbn at build time)");
            }
            Set<String> words = new HashSet<>(40_000);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip().toLowerCase(Locale.ROOT);
                if (word.length() >= Authenticator.MIN_PASSWORD) {
                    words.add(word);
                }
            }
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
