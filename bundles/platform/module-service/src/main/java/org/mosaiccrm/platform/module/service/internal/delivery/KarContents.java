package org.mosaiccrm.platform.module.service.internal.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.mosaiccrm.platform.module.service.internal.ModuleCapability;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads a Karaf archive without installing anything: the feature repositories under
 * {@code repository/} and the modules among their features; and extracts that Maven repository
 * once the package may be installed.
 */
final class KarContents {

    private static final String REPOSITORY = "repository/";

    /** A module feature found in a package. */
    record ModuleFeature(String id, String feature, String version) {
        @Override
        public String toString() {
            return id + " " + version;
        }
    }

    private KarContents() {
    }

    /** The module features of the package's feature repositories. */
    static List<ModuleFeature> modules(Path kar) throws IOException {
        List<ModuleFeature> modules = new ArrayList<>();
        try (ZipFile zip = new ZipFile(kar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory() || !entry.getName().startsWith(REPOSITORY) || !entry.getName().endsWith(".xml")) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    featuresOf(parse(in)).forEach(modules::add);
                }
            }
        }
        return modules;
    }

    /**
     * Extracts the package's Maven repository into {@code target}.
     *
     * @return the feature repositories (features XML files) extracted
     */
    static List<Path> extract(Path kar, Path target) throws IOException {
        List<Path> featureRepositories = new ArrayList<>();
        Path root = target.toAbsolutePath().normalize();
        try (ZipFile zip = new ZipFile(kar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory() || !entry.getName().startsWith(REPOSITORY)) {
                    continue;
                }
                Path file = root.resolve(entry.getName().substring(REPOSITORY.length())).normalize();
                if (!file.startsWith(root)) {
                    throw new IOException("Entry " + entry.getName() + " points outside the package's repository");
                }
                Files.createDirectories(file.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
                if (file.getFileName().toString().endsWith(".xml")) {
                    try (InputStream in = Files.newInputStream(file)) {
                        if (isFeatures(parse(in))) {
                            featureRepositories.add(file);
                        }
                    }
                }
            }
        }
        return featureRepositories;
    }

    private static boolean isFeatures(Document document) {
        return document != null && "features".equals(document.getDocumentElement().getLocalName());
    }

    private static List<ModuleFeature> featuresOf(Document document) {
        List<ModuleFeature> modules = new ArrayList<>();
        if (!isFeatures(document)) {
            return modules;
        }
        NodeList features = document.getDocumentElement().getElementsByTagNameNS("*", "feature");
        for (int i = 0; i < features.getLength(); i++) {
            Element feature = (Element) features.item(i);
            if (!feature.hasAttribute("name")) {
                continue; // a <feature> dependency inside another feature
            }
            NodeList capabilities = feature.getElementsByTagNameNS("*", "capability");
            for (int c = 0; c < capabilities.getLength(); c++) {
                Optional<String> id = ModuleCapability.idOf(capabilities.item(c).getTextContent());
                if (id.isPresent()) {
                    String version = feature.getAttribute("version");
                    modules.add(new ModuleFeature(id.get(), feature.getAttribute("name"), version.isEmpty() ? "0.0.0" : version));
                    break;
                }
            }
        }
        return modules;
    }

    /** Parses XML with DTDs and external entities off: package contents are not trusted yet. */
    private static Document parse(InputStream in) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(in);
        } catch (Exception notXml) {
            return null;
        }
    }
}
