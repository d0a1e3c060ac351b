package org.mosaiccrm.platform.module.service.internal.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Package contents are read as untrusted: only module features count, nothing lands outside its folder. */
class KarContentsTest {

    private static final String FEATURES = """
            <features name="acme" xmlns="http://karaf.apache.org/xmlns/features/v1.6.0">
              <feature name="acme-loyalty" version="1.2.0" description="Loyalty">
                <capability>mosaic.module;mosaic.module=loyalty</capability>
                <feature>mosaic-customer</feature>
              </feature>
              <feature name="acme-library" version="3.0.0"><bundle>mvn:com.acme/lib/3.0.0</bundle></feature>
            </features>
            """;

    @TempDir
    Path folder;

    @Test
    void findsTheModuleFeaturesOnly() throws IOException {
        Path kar = kar(Map.of("repository/com/acme/acme/1.2.0/acme-1.2.0-features.xml", FEATURES,
                "repository/com/acme/notes.xml", "<notes>not features</notes>", "README.txt", "hello"));
        assertEquals(List.of(new KarContents.ModuleFeature("loyalty", "acme-loyalty", "1.2.0")), KarContents.modules(kar));
    }

    @Test
    void extractsTheRepositoryAndNamesItsFeatureFiles() throws IOException {
        Path kar = kar(Map.of("repository/com/acme/acme/1.2.0/acme-1.2.0-features.xml", FEATURES,
                "repository/com/acme/lib/3.0.0/lib-3.0.0.jar", "jar"));
        Path target = folder.resolve("extracted");
        List<Path> features = KarContents.extract(kar, target);
        assertEquals(List.of(target.resolve("com/acme/acme/1.2.0/acme-1.2.0-features.xml").toAbsolutePath()), features);
        assertTrue(Files.isRegularFile(target.resolve("com/acme/lib/3.0.0/lib-3.0.0.jar")));
    }

    @Test
    void anEntryPointingOutsideTheRepositoryIsRefused() throws IOException {
        Path kar = kar(Map.of("repository/../../escaped.txt", "gotcha"));
        Path target = folder.resolve("extracted");
        IOException refused = assertThrows(IOException.class, () -> KarContents.extract(kar, target));
        assertTrue(refused.getMessage().contains("outside"), refused.getMessage());
        assertFalse(Files.exists(folder.resolve("escaped.txt")));
    }

    @Test
    void xmlWithADoctypeIsNotRead() throws IOException {
        Path kar = kar(Map.of("repository/evil-features.xml", "<?xml version=\"1.0\"?><!DOCTYPE features [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + FEATURES.replace("Loyalty", "&x;")));
        assertEquals(List.of(), KarContents.modules(kar));
    }

    private Path kar(Map<String, String> entries) throws IOException {
        Path kar = Files.createTempFile(folder, "package", ".kar");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(kar))) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return kar;
    }
}
