package org.mosaiccrm.contract.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.mosaiccrm.contract.ContractStatus;

/** Every text of the contract module in both languages, and every key its code uses among them. */
class ContractTextsTest {

    private static final Pattern KEY = Pattern.compile("\"(contract\\.(?:error|field|status|type)\\.[A-Za-z_.]+|role\\.[a-z-]+)\"");

    private static Properties texts(String file) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = ContractTextsTest.class.getResourceAsStream("/i18n/" + file + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    @Test
    void everyTextHasItsChineseTranslationAndNoOther() throws IOException {
        Set<String> english = texts("contract").stringPropertyNames();
        Set<String> chinese = texts("contract_zh_CN").stringPropertyNames();
        Set<String> missing = new TreeSet<>(english);
        missing.removeAll(chinese);
        assertEquals(Set.of(), missing, "without Chinese");
        Set<String> extra = new TreeSet<>(chinese);
        extra.removeAll(english);
        assertEquals(Set.of(), extra, "without English");
    }

    /** The refusals and labels the service and the screens name (read from the module's sources). */
    @Test
    void everyKeyTheCodeUsesIsTranslated() throws IOException {
        Set<String> used = new TreeSet<>();
        for (String module : new String[] { "../contract-service/src/main/java", "src/main/java" }) {
            try (Stream<Path> files = Files.walk(Path.of(module))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher keys = KEY.matcher(Files.readString(file));
                    while (keys.find()) {
                        used.add(keys.group(1));
                    }
                }
            }
        }
        for (ContractStatus status : ContractStatus.values()) {
            used.add("contract.status." + status.name());
        }
        used.add("role.finance");
        used.removeIf(key -> key.endsWith("."));
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(texts("contract").stringPropertyNames());
        assertEquals(Set.of(), missing);
    }
}
