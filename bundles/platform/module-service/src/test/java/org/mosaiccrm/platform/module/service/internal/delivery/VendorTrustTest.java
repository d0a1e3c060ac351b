package org.mosaiccrm.platform.module.service.internal.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trust list's entries and the checksum and unsigned cases (signatures: ModulePackagesIT signs with jarsigner). */
class VendorTrustTest {

    @TempDir
    Path folder;

    @Test
    void aChecksumOnTheListIsTrustedWhateverItsCaseOrSeparators() throws IOException {
        Path kar = unsignedKar();
        VendorTrust trust = new VendorTrust(new String[0], new String[] { "ACME loyalty 1.2 = AB:CD:EF 01" });
        VendorTrust.Verdict verdict = trust.judge(kar, "abcdef01");
        assertTrue(verdict.trusted());
        assertEquals("Checksum on the trust list (ACME loyalty 1.2)", verdict.origin());
    }

    @Test
    void anUnsignedPackageNotOnTheListWaits() throws IOException {
        VendorTrust.Verdict verdict = new VendorTrust(new String[] { "ACME = 00:11" }, new String[0]).judge(unsignedKar(), "ffff");
        assertFalse(verdict.trusted());
        assertFalse(verdict.broken());
        assertTrue(verdict.origin().startsWith("Unsigned"), verdict.origin());
    }

    @Test
    void aFileThatIsNotAZipIsBroken() throws IOException {
        Path text = Files.writeString(folder.resolve("readme.kar"), "hello");
        VendorTrust.Verdict verdict = new VendorTrust(null, null).judge(text, "00");
        assertTrue(verdict.broken());
        assertTrue(verdict.problem().contains("not a KAR"), verdict.problem());
    }

    private Path unsignedKar() throws IOException {
        Path kar = folder.resolve("unsigned.kar");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(kar))) {
            out.putNextEntry(new ZipEntry("repository/readme.txt"));
            out.write("content".getBytes());
        }
        return kar;
    }
}
