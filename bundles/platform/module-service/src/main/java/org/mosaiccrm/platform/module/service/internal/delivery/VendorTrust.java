package org.mosaiccrm.platform.module.service.internal.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Decides whether a module package comes from a trusted source: its SHA-256 checksum is on the
 * list, or every entry is signed (jarsigner) with a certificate whose fingerprint is on the list.
 * A signature that does not match the contents marks the package broken: it is never installed.
 */
final class VendorTrust {

    /** The decision about one package. */
    record Verdict(boolean trusted, String origin, String problem) {
        boolean broken() {
            return !problem.isEmpty();
        }
    }

    private final Map<String, String> vendorsByFingerprint;
    private final Map<String, String> labelsByChecksum;

    VendorTrust(String[] vendors, String[] checksums) {
        this.vendorsByFingerprint = entries(vendors);
        this.labelsByChecksum = entries(checksums);
    }

    /** Parses {@code Label = hex} entries; the hex is normalised to lower case without separators. */
    private static Map<String, String> entries(String[] lines) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String line : lines == null ? new String[0] : lines) {
            int equals = line.lastIndexOf('=');
            String label = equals < 0 ? "" : line.substring(0, equals).strip();
            String hex = hex(equals < 0 ? line : line.substring(equals + 1));
            if (!hex.isEmpty()) {
                entries.put(hex, label.isEmpty() ? hex : label);
            }
        }
        return entries;
    }

    static String hex(String text) {
        return text.replaceAll("[\\s:]", "").toLowerCase(Locale.ROOT);
    }

    Verdict judge(Path kar, String checksum) {
        String label = labelsByChecksum.get(checksum);
        if (label != null) {
            return new Verdict(true, "Checksum on the trust list (" + label + ")", "");
        }
        X509Certificate signer;
        try {
            signer = commonSigner(kar);
        } catch (SecurityException broken) {
            return new Verdict(false, "Signature broken",
                    "The package was changed after it was signed (" + broken.getMessage() + "); it is not installed.");
        } catch (IOException unreadable) {
            return new Verdict(false, "Unreadable", "The file is not a KAR (zip) file: " + unreadable.getMessage());
        }
        if (signer == null) {
            return new Verdict(false, "Unsigned, checksum not on the trust list", "");
        }
        String fingerprint = fingerprint(signer);
        String vendor = vendorsByFingerprint.get(fingerprint);
        if (vendor != null) {
            return new Verdict(true, "Signed by trusted vendor " + vendor, "");
        }
        return new Verdict(false, "Signed by " + signer.getSubjectX500Principal().getName()
                + ", not a trusted vendor (certificate SHA-256 " + fingerprint + ")", "");
    }

    /**
     * The certificate that signed every entry, or {@code null} when an entry is unsigned or the
     * entries have no signer in common. Reading an entry whose digest does not match throws.
     */
    static X509Certificate commonSigner(Path kar) throws IOException {
        X509Certificate common = null;
        boolean anyEntry = false;
        try (JarFile jar = new JarFile(kar.toFile(), true)) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (entry.isDirectory() || signatureFile(entry.getName())) {
                    continue;
                }
                anyEntry = true;
                try (InputStream in = jar.getInputStream(entry)) {
                    in.transferTo(java.io.OutputStream.nullOutputStream()); // reading to the end checks the digest
                }
                CodeSigner[] signers = entry.getCodeSigners();
                X509Certificate signer = signers == null || signers.length == 0 ? null
                        : (X509Certificate) signers[0].getSignerCertPath().getCertificates().get(0);
                if (signer == null || (common != null && !common.equals(signer))) {
                    return null;
                }
                common = signer;
            }
        }
        return anyEntry ? common : null;
    }

    private static boolean signatureFile(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return upper.equals("META-INF/MANIFEST.MF") || (upper.startsWith("META-INF/") && upper.indexOf('/', 9) < 0
                && (upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC")));
    }

    static String fingerprint(Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
