package org.mosaiccrm.contract.service.internal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A contract number pattern such as {@code HT-{yyyy}-{seq:5}}: fixed text (letters, digits, {@code -},
 * {@code _}, {@code /}), the date tokens {@code {yyyy}}, {@code {yy}} and {@code {MM}}, and one
 * {@code {seq:N}} — the number within its series, N digits at least. The series is the number
 * without its sequence ({@code HT-2026}): a pattern with the month starts again every month.
 */
record NumberPattern(String text, int digits) {

    static final String DEFAULT = "HT-{yyyy}-{seq:5}";
    private static final Pattern TOKEN = Pattern.compile("\\{(yyyy|yy|MM|seq(?::([1-9]))?)\\}");
    private static final Pattern FIXED = Pattern.compile("[A-Za-z0-9_/-]*");
    /** The series is kept in a column of 40; a number in one of 40 too. */
    private static final int MAX_LENGTH = 30;

    /** @throws IllegalArgumentException naming what is wrong with it */
    static NumberPattern of(String text) {
        String pattern = text == null ? "" : text.strip();
        Matcher tokens = TOKEN.matcher(pattern);
        int sequences = 0;
        int digits = 5;
        StringBuilder fixed = new StringBuilder();
        int at = 0;
        while (tokens.find()) {
            fixed.append(pattern, at, tokens.start());
            at = tokens.end();
            if (tokens.group(1).startsWith("seq")) {
                sequences++;
                digits = tokens.group(2) == null ? digits : Integer.parseInt(tokens.group(2));
            }
        }
        fixed.append(pattern.substring(at));
        if (sequences != 1) {
            throw new IllegalArgumentException("a number pattern has one {seq} or {seq:N}: " + pattern);
        }
        if (!FIXED.matcher(fixed).matches()) {
            throw new IllegalArgumentException("a number pattern has letters, digits, -, _ and / besides its tokens: " + pattern);
        }
        if (pattern.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a number pattern has at most " + MAX_LENGTH + " characters: " + pattern);
        }
        return new NumberPattern(pattern, digits);
    }

    /** The series numbers of {@code day} are counted in: the number without its sequence, e.g. {@code HT-2026}. */
    String series(LocalDate day) {
        return expand(day, "").replaceAll("[-_/]+$", "");
    }

    /** The number {@code n} of {@code day}'s series, e.g. {@code HT-2026-00042}. */
    String format(LocalDate day, long n) {
        return expand(day, String.format(Locale.ROOT, "%0" + digits + "d", n));
    }

    private String expand(LocalDate day, String sequence) {
        Matcher tokens = TOKEN.matcher(text);
        StringBuilder number = new StringBuilder();
        while (tokens.find()) {
            String token = tokens.group(1);
            String value = switch (token) {
                case "yyyy" -> String.valueOf(day.getYear());
                case "yy" -> String.format(Locale.ROOT, "%02d", day.getYear() % 100);
                case "MM" -> String.format(Locale.ROOT, "%02d", day.getMonthValue());
                default -> sequence;
            };
            tokens.appendReplacement(number, Matcher.quoteReplacement(value));
        }
        tokens.appendTail(number);
        return number.toString();
    }
}
