package org.mosaiccrm.platform.module.service.internal.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.karaf.features.FeaturesService;
import org.mosaiccrm.platform.module.ModuleChange;
import org.mosaiccrm.platform.module.ModuleChangeException;
import org.mosaiccrm.platform.module.ModuleOffer;
import org.mosaiccrm.platform.module.ModulePackage;
import org.mosaiccrm.platform.module.ModulePackage.PackageState;
import org.mosaiccrm.platform.module.ModulePlan;
import org.mosaiccrm.platform.module.service.internal.ModuleOperations;
import org.mosaiccrm.platform.module.service.internal.delivery.KarContents.ModuleFeature;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives module packages (KAR files), keeps them, and installs those from trusted sources, or
 * approved ones. Installing extracts the package's Maven repository into Karaf's KAR storage
 * ({@code ${karaf.data}/kar}, which Karaf's Maven resolver reads), adds its feature repositories
 * and installs or updates each module in it through {@link ModuleOperations}, every module planned
 * first: when one is refused, nothing of the package stays. No permission check: the deploy folder
 * belongs to the container's operator, and {@link FeatureModuleDelivery} checks users.
 */
@Component(service = PackageInbox.class, configurationPid = TrustConfiguration.PID)
@Designate(ocd = TrustConfiguration.class)
public class PackageInbox {

    static final String VIA_DEPLOY_FOLDER = "deploy folder";

    private final Logger logger = LoggerFactory.getLogger(PackageInbox.class);

    private final FeaturesService features;
    private final ModuleOperations operations;
    private final PackageRecords records;
    private final Path karStorage;
    private volatile VendorTrust trust;

    @Activate
    public PackageInbox(@Reference FeaturesService features, @Reference ModuleOperations operations,
            TrustConfiguration configuration) throws IOException {
        this(features, operations, configuration, Path.of(System.getProperty("karaf.data", "data")));
    }

    PackageInbox(FeaturesService features, ModuleOperations operations, TrustConfiguration configuration, Path data)
            throws IOException {
        this.features = features;
        this.operations = operations;
        this.records = new PackageRecords(data.resolve("mosaic").resolve("packages"));
        this.karStorage = data.resolve("kar");
        modified(configuration);
    }

    @Modified
    void modified(TrustConfiguration configuration) {
        this.trust = new VendorTrust(configuration.vendors(), configuration.checksums());
    }

    public synchronized List<ModulePackage> packages() {
        try {
            return records.all();
        } catch (IOException e) {
            throw new ModuleChangeException("The received packages cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Keeps the file, judges its source, and installs it when trusted. The same file received again
     * (the deploy folder is read again at every start) is the package already known.
     */
    public synchronized ModulePackage receive(String fileName, InputStream content, String via) {
        Path received = null;
        try {
            received = Files.createTempFile(records.folder(), "receiving-", ".kar");
            String id = copyAndDigest(content, received);
            var known = records.find(id);
            if (known.isPresent() && known.get().state() != PackageState.REMOVED) {
                return known.get();
            }
            Path file = records.file(id);
            Files.move(received, file, StandardCopyOption.REPLACE_EXISTING);
            received = null;
            return judge(new ModulePackage(id, safeName(fileName), Instant.now(), via, false, "",
                    PackageState.WAITING_FOR_APPROVAL, List.of(), ""), file);
        } catch (IOException e) {
            throw new ModuleChangeException("The package " + fileName + " cannot be kept: " + e.getMessage(), e);
        } finally {
            if (received != null) {
                try {
                    Files.deleteIfExists(received);
                } catch (IOException ignored) {
                    // a temporary file in our own folder; removed at the next receive at the latest
                }
            }
        }
    }

    private ModulePackage judge(ModulePackage pack, Path file) throws IOException {
        VendorTrust.Verdict verdict = trust.judge(file, pack.id());
        List<String> modules;
        String problem = verdict.problem();
        try {
            modules = KarContents.modules(file).stream().map(ModuleFeature::toString).toList();
        } catch (IOException notZip) {
            modules = List.of();
            problem = "The file is not a KAR (zip) file: " + notZip.getMessage();
        }
        if (problem.isEmpty() && modules.isEmpty()) {
            problem = "The package holds no Mosaic module: none of its features declares the capability mosaic.module.";
        }
        ModulePackage judged = new ModulePackage(pack.id(), pack.fileName(), pack.receivedAt(), pack.via(),
                verdict.trusted(), verdict.origin(), problem.isEmpty() ? PackageState.WAITING_FOR_APPROVAL : PackageState.REFUSED,
                modules, problem);
        logger.info("Module package {} ({}) received via {}: {}; {}", judged.fileName(), judged.id(), judged.via(),
                judged.origin(), problem.isEmpty() ? "modules " + modules : problem);
        if (!problem.isEmpty()) {
            Files.deleteIfExists(file); // nothing to approve; the record says why
            records.write(judged);
            return judged;
        }
        records.write(judged);
        return verdict.trusted() ? install(judged, judged.via()) : judged;
    }

    /** Installs a waiting package: the approval of {@code via}. */
    public synchronized ModulePackage approve(String packageId, String via) {
        ModulePackage pack = find(packageId);
        if (pack.state() != PackageState.WAITING_FOR_APPROVAL) {
            throw new ModuleChangeException("Package " + pack.fileName() + " is not waiting for approval ("
                    + pack.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ").");
        }
        logger.info("Module package {} ({}) approved by {}", pack.fileName(), pack.id(), via);
        return install(pack, via);
    }

    public synchronized void discard(String packageId) {
        ModulePackage pack = find(packageId);
        if (pack.state() == PackageState.INSTALLED) {
            throw new ModuleChangeException("Package " + pack.fileName() + " is installed; uninstall its modules first.");
        }
        try {
            records.delete(pack.id());
        } catch (IOException e) {
            throw new ModuleChangeException("Package " + pack.fileName() + " cannot be deleted: " + e.getMessage(), e);
        }
    }

    /** The file left the deploy folder: its modules are uninstalled (data kept), or a waiting package is forgotten. */
    public synchronized void removedFromDeployFolder(String fileName) {
        for (ModulePackage pack : packages()) {
            if (!pack.fileName().equals(fileName) || !pack.via().equals(VIA_DEPLOY_FOLDER)) {
                continue;
            }
            try {
                if (pack.state() == PackageState.INSTALLED) {
                    uninstall(pack);
                    records.write(withState(pack, PackageState.REMOVED, ""));
                } else if (pack.state() != PackageState.REMOVED) {
                    records.delete(pack.id());
                }
            } catch (IOException | RuntimeException e) {
                logger.error("Module package {} left the deploy folder but could not be removed", fileName, e);
            }
        }
    }

    private ModulePackage find(String packageId) {
        try {
            return records.find(packageId).orElseThrow(() -> new NoSuchElementException("No package " + packageId + "."));
        } catch (IOException e) {
            throw new ModuleChangeException("The received packages cannot be read: " + e.getMessage(), e);
        }
    }

    /** A module change of this package: install, or update an older installed version. */
    private record Step(String moduleId, ModuleChange change) {
    }

    private ModulePackage install(ModulePackage pack, String via) {
        Path repository = repositoryOf(pack);
        List<URI> added = new ArrayList<>();
        List<String> installed = new ArrayList<>();
        try {
            for (Path xml : KarContents.extract(records.file(pack.id()), repository)) {
                URI uri = xml.toUri();
                features.addRepository(uri, false);
                added.add(uri);
            }
            List<Step> steps = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            plan(KarContents.modules(records.file(pack.id())), steps, problems);
            if (!problems.isEmpty()) {
                return refuse(pack, String.join(" ", problems), added, repository, installed);
            }
            for (Step step : steps) {
                operations.apply(step.moduleId(), step.change(), via + " (package " + pack.fileName() + ")");
                if (step.change() == ModuleChange.INSTALL) {
                    installed.add(step.moduleId());
                }
            }
            ModulePackage done = withState(pack, PackageState.INSTALLED, "");
            records.write(done);
            return done;
        } catch (ModuleChangeException refused) {
            return refuse(pack, refused.getMessage(), added, repository, installed);
        } catch (Exception failed) {
            logger.error("Module package {} cannot be installed", pack.fileName(), failed);
            return refuse(pack, "It cannot be installed: " + failed.getMessage(), added, repository, installed);
        }
    }

    private void plan(List<ModuleFeature> modules, List<Step> steps, List<String> problems) {
        Map<String, ModuleOffer> offers = operations.modules().stream()
                .collect(Collectors.toMap(ModuleOffer::id, Function.identity()));
        for (ModuleFeature module : modules) {
            ModuleOffer offer = offers.get(module.id());
            if (offer != null && offer.installedVersion().equals(module.version())) {
                continue; // this very version is installed already
            }
            ModuleChange change = offer != null && offer.installed() ? ModuleChange.UPDATE : ModuleChange.INSTALL;
            ModulePlan plan = operations.plan(module.id(), change);
            if (!plan.possible()) {
                problems.add(module.id() + " " + module.version() + ": " + plan.problem());
            } else if (!plan.toVersion().equals(module.version())) {
                problems.add(module.id() + " " + module.version() + ": version " + plan.toVersion()
                        + " is offered too; remove that repository first.");
            } else {
                steps.add(new Step(module.id(), change));
            }
        }
    }

    private ModulePackage refuse(ModulePackage pack, String problem, List<URI> added, Path repository, List<String> installed) {
        logger.warn("Module package {} refused: {}", pack.fileName(), problem);
        for (String moduleId : installed) { // modules of this package installed before another was refused
            try {
                operations.apply(moduleId, ModuleChange.UNINSTALL, "refused package " + pack.fileName());
            } catch (RuntimeException e) {
                logger.error("Module {} of refused package {} could not be uninstalled", moduleId, pack.fileName(), e);
            }
        }
        removeRepositories(added, repository);
        ModulePackage refused = withState(pack, PackageState.REFUSED, problem);
        try {
            records.write(refused);
        } catch (IOException e) {
            logger.error("Package record of {} cannot be written", pack.fileName(), e);
        }
        return refused;
    }

    private void uninstall(ModulePackage pack) throws IOException {
        Map<String, ModuleOffer> offers = operations.modules().stream()
                .collect(Collectors.toMap(ModuleOffer::id, Function.identity()));
        for (String module : pack.modules()) {
            String[] idAndVersion = module.split(" ", 2);
            ModuleOffer offer = offers.get(idAndVersion[0]);
            if (offer != null && idAndVersion.length == 2 && offer.installedVersion().equals(idAndVersion[1])) {
                operations.apply(idAndVersion[0], ModuleChange.UNINSTALL, VIA_DEPLOY_FOLDER + " (file removed)");
            }
        }
        Path repository = repositoryOf(pack);
        List<URI> repositories;
        try (Stream<Path> files = Files.exists(repository) ? Files.walk(repository) : Stream.empty()) {
            repositories = files.filter(f -> f.toString().endsWith(".xml")).map(Path::toUri).toList();
        }
        removeRepositories(repositories, repository);
    }

    private void removeRepositories(List<URI> repositories, Path repository) {
        for (URI uri : repositories) {
            try {
                if (features.getRepository(uri) != null) {
                    features.removeRepository(uri, false);
                }
            } catch (Exception e) {
                logger.warn("Feature repository {} cannot be removed: {}", uri, e.getMessage());
            }
        }
        try (Stream<Path> files = Files.exists(repository) ? Files.walk(repository) : Stream.empty()) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            logger.warn("Folder {} cannot be removed: {}", repository, e.getMessage());
        }
    }

    private Path repositoryOf(ModulePackage pack) {
        return karStorage.resolve("mosaic-" + pack.id().substring(0, 16));
    }

    private static ModulePackage withState(ModulePackage pack, PackageState state, String problem) {
        return new ModulePackage(pack.id(), pack.fileName(), pack.receivedAt(), pack.via(), pack.trusted(), pack.origin(),
                state, pack.modules(), problem);
    }

    private static String copyAndDigest(InputStream content, Path target) throws IOException {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), sha256)) {
                content.transferTo(out);
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The name without any folder part, for display only. */
    private static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        return name.isEmpty() ? "package.kar" : name;
    }
}
