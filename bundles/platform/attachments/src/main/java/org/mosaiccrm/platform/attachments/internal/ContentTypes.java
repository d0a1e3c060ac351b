package org.mosaiccrm.platform.attachments.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.tika.Tika;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * What a file is, read from its content with Apache Tika's magic numbers (the name only narrows a
 * type the content allows: plain text named {@code .csv} is CSV; HTML named {@code .pdf} stays HTML).
 * Office files are containers Tika's core names only as such: a ZIP holding {@code [Content_Types].xml}
 * is an Office Open XML document of the kind its parts say; an OLE2 compound file is the old Office
 * format its name says.
 */
final class ContentTypes {

    static final String ZIP = "application/zip";
    static final String OLE2 = "application/x-tika-msoffice";
    /** A ZIP whose first entry is {@code [Content_Types].xml}: Tika's core knows no more. */
    static final String OOXML = "application/x-tika-ooxml";

    private static final Map<String, String> OLE2_BY_EXTENSION = Map.of(
            "doc", "application/msword",
            "xls", "application/vnd.ms-excel",
            "ppt", "application/vnd.ms-powerpoint",
            "msg", "application/vnd.ms-outlook");

    /** Tika reads its type database when first made: on the first upload, not at every start of the CRM. */
    private static final class Detector {
        static final Tika TIKA = new Tika();
    }

    String of(Path file, String fileName) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        String type;
        try (InputStream in = Files.newInputStream(file)) {
            type = Detector.TIKA.detect(in, metadata);
        }
        if (ZIP.equals(type) || OOXML.equals(type)) {
            return officeOpenXml(file);
        }
        if (OLE2.equals(type)) {
            return OLE2_BY_EXTENSION.getOrDefault(extension(fileName), OLE2);
        }
        return type;
    }

    private static String officeOpenXml(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") == null) {
                return ZIP;
            }
            if (has(zip, "word/")) {
                return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            }
            if (has(zip, "xl/")) {
                return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            }
            if (has(zip, "ppt/")) {
                return "application/vnd.openxmlformats-officedocument.presentationml.presentation";
            }
            return ZIP;
        } catch (IOException notAZip) {
            return ZIP;
        }
    }

    private static boolean has(ZipFile zip, String folder) {
        return zip.stream().map(ZipEntry::getName).anyMatch(name -> name.startsWith(folder));
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
