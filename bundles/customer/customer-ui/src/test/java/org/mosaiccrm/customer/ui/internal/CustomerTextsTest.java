package org.mosaiccrm.customer.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** The customer texts as the UI host formats them (MessageFormat in the user's locale), in both languages. */
class CustomerTextsTest {

    private static Properties texts(String file) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = CustomerTextsTest.class.getResourceAsStream("/i18n/" + file + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    private static String format(Properties texts, String key, Locale locale, Object... params) {
        return new MessageFormat(texts.getProperty(key), locale).format(params);
    }

    @Test
    void countsAgreeWithTheirNumberInEnglishAndChinese() throws IOException {
        Properties en = texts("customer");
        assertEquals("1 customer", format(en, "customer.count", Locale.ENGLISH, 1L));
        assertEquals("3 customers", format(en, "customer.count", Locale.ENGLISH, 3L));
        assertEquals("12,345 customers", format(en, "customer.count", Locale.ENGLISH, 12345L));
        assertEquals("No customers", format(en, "customer.count", Locale.ENGLISH, 0L));
        Properties zh = texts("customer_zh_CN");
        assertEquals("1 个客户", format(zh, "customer.count", Locale.SIMPLIFIED_CHINESE, 1L));
    }

    @Test
    void everyTextHasItsChineseTranslation() throws IOException {
        Set<String> missing = new TreeSet<>(texts("customer").stringPropertyNames());
        missing.removeAll(texts("customer_zh_CN").stringPropertyNames());
        assertEquals(Set.of(), missing);
    }
}
