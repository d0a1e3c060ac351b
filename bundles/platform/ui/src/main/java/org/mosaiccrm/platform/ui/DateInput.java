package org.mosaiccrm.platform.ui;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the CRM shows and reads dates typed by people. Every date is shown as ISO {@code 2026-12-07}
 * in both languages (it reads the same in Chinese and English and is what Chinese business forms
 * use); typing accepts that and the other forms people use: {@code 2026/12/7}, {@code 2026.12.7},
 * {@code 2026年12月7日}, {@code 20261207}, full-width digits, and the American {@code 12/7/2026}
 * (month first) shown by many other programs. Day-first forms such as {@code 7.12.2026} are
 * ambiguous and refused rather than guessed.
 */
public final class DateInput {

    /** The one format every date is shown in. */
    public static final String DISPLAY_PATTERN = "yyyy-MM-dd";
    public static final DateTimeFormatter DISPLAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*[日号]?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern MONTH_FIRST = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    private DateInput() {
    }

    /** The date the text stands for; empty when it is no date in a form we read, or no day of the calendar. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        // full-width digits and separators (２０２６／１２／７) as typed with a Chinese input method
        String typed = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        Matcher m = YEAR_FIRST.matcher(typed);
        if (m.matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = COMPACT.matcher(typed);
        if (m.matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = MONTH_FIRST.matcher(typed);
        if (m.matches()) {
            return date(m.group(3), m.group(1), m.group(2));
        }
        return Optional.empty();
    }

    /** The date as it is shown everywhere, empty text for none. */
    public static String format(LocalDate date) {
        return date == null ? "" : DISPLAY.format(date);
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) { // 2026-02-30, month 13
            return Optional.empty();
        }
    }
}
