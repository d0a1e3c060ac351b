package org.mosaiccrm.customer.service.internal;

import java.text.Collator;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalised forms stored beside names, emails and phones so that prefix search is one indexed
 * {@code LIKE 'x%'}: case-folded, width-folded (full-width Latin typed by Chinese IMEs), phone
 * numbers reduced to their digits.
 */
public final class SearchKeys {

    private SearchKeys() {
    }

    public static String name(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    public static String email(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** The digits; a mainland mobile keeps no +86 / 0086 prefix, so "+86 138…" and "138…" meet. */
    public static String phone(String phone) {
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.length() == 15 && digits.startsWith("00861")) {
            return digits.substring(4);
        }
        if (digits.length() == 13 && digits.startsWith("861")) {
            return digits.substring(2);
        }
        return digits;
    }

    /**
     * The name as duplicate checks compare it: the search key without a trailing legal form
     * (有限公司, 股份有限公司, "Co., Ltd.", Inc, GmbH...), spaces and punctuation, so
     * "北京星云科技有限公司" and "北京星云科技", or "Acme Inc." and "ACME", meet.
     */
    public static String match(String name) {
        String key = name(name);
        String previous;
        do { // Latin legal forms are words of their own: "acme co., ltd." loses " ltd." then " co.,"
            previous = key;
            key = LATIN_LEGAL_FORM.matcher(key).replaceFirst("");
        } while (!key.equals(previous));
        key = SEPARATORS.matcher(key).replaceAll("");
        for (String suffix : CHINESE_LEGAL_FORMS) {
            if (key.endsWith(suffix) && key.length() > suffix.length()) {
                return key.substring(0, key.length() - suffix.length());
            }
        }
        return key;
    }

    private static final Pattern SEPARATORS = Pattern.compile("[\\p{Punct}\\p{IsPunctuation}\\s]+");
    private static final Pattern LATIN_LEGAL_FORM = Pattern.compile(
            "(?<=\\S)[\\s\\p{Punct}]+(co|company|corp|corporation|inc|incorporated|ltd|limited|llc|plc|gmbh|ag|sa)[\\s\\p{Punct}]*$");
    /** Longest first. */
    private static final List<String> CHINESE_LEGAL_FORMS = List.of("股份有限公司", "有限责任公司", "集团有限公司", "有限公司",
            "集团公司", "公司");

    /**
     * The key lists sort by: Chinese names in pinyin order (阿, 北京, 李, 苏州, 无锡, 张), Latin
     * letters alphabetically before them, case and width ignored. It is the collation key of the
     * Chinese collator written as text whose code-point order is the key's byte order (each byte as
     * one character from {@code '0'} up), cut at {@link #SORT_KEY_LENGTH} characters: names alike
     * for that long keep their order by id.
     */
    public static String sort(String name) {
        byte[] key = ((Collator) CHINESE.clone()).getCollationKey(name(name)).toByteArray();
        int length = Math.min(key.length, SORT_KEY_LENGTH);
        char[] text = new char[length];
        for (int i = 0; i < length; i++) {
            text[i] = (char) ('0' + (key[i] & 0xFF));
        }
        return new String(text);
    }

    /** Length of {@link #sort} keys, within the column and Derby's index key limit. */
    public static final int SORT_KEY_LENGTH = 160;
    /** A template; {@link Collator} is not thread-safe, so each use takes a clone. */
    private static final Collator CHINESE = Collator.getInstance(Locale.CHINA);
}
