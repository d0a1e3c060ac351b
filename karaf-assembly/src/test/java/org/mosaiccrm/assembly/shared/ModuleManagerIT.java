package org.mosaiccrm.assembly.shared;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.Before;
import org.junit.Test;
import org.mosaiccrm.assembly.NotesModule;
import org.mosaiccrm.assembly.TestUsers;
import org.mosaiccrm.platform.attachment.Attachment;
import org.mosaiccrm.platform.attachment.Attachments;
import org.mosaiccrm.platform.module.ModuleChange;
import org.mosaiccrm.platform.module.ModuleChangeException;
import org.mosaiccrm.platform.module.ModuleManager;
import org.mosaiccrm.platform.module.ModuleOffer;
import org.mosaiccrm.platform.module.ModulePlan;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.Subject;

/**
 * Modules installed and removed at runtime through the module manager and the {@code crm} shell
 * commands: a plan first, refusals in plain words with nothing changed, the core protected, only
 * user administrators allowed.
 */
public class ModuleManagerIT extends SharedKarafTestSupport {


    /** The notes' record type for attachments (not read from the notes API: the probe must not wire to the module). */
    private static final String NOTE_FILES = "example-note";

    private Subject rep;

    @Before
    public void users() throws Exception {
        TestUsers users = new TestUsers(bundleContext);
        rep = users.user("modrep", null, "sales-rep");
    }

    private static ModuleOffer offer(List<ModuleOffer> offers, String id) {
        return offers.stream().filter(o -> o.id().equals(id)).findFirst().orElse(null);
    }

    @Test
    public void anAdministratorInstallsAndUninstallsAModuleAfterAPlanAndTheCoreStays() throws Exception {
        ModuleManager modules = service(ModuleManager.class, 60);
        List<ModuleOffer> offers = asAdmin(modules::modules);
        assertTrue("the core is listed as installed and core", offer(offers, "customer").installed() && offer(offers, "customer").core());
        assertFalse(offer(offers, "example-notes").installed());

        assertThrows(AccessDeniedException.class, () -> CurrentSubject.callAs(rep, modules::modules));
        assertThrows(AccessDeniedException.class,
                () -> CurrentSubject.callAs(rep, () -> modules.apply("example-notes", ModuleChange.INSTALL)));
        assertNull("a refused caller changed nothing", bundle("org.mosaiccrm.example.notes"));

        ModulePlan core = asAdmin(() -> modules.plan("customer", ModuleChange.UNINSTALL));
        assertFalse(core.possible());
        assertTrue(core.problem(), core.problem().contains("part of the core"));
        ModuleChangeException refused = assertThrows(ModuleChangeException.class,
                () -> asAdmin(() -> modules.apply("customer", ModuleChange.UNINSTALL)));
        assertEquals(core.problem(), refused.getMessage());
        assertTrue(featuresService.isInstalled(featuresService.getFeature("mosaic-customer")));

        ModulePlan install = asAdmin(() -> modules.plan("example-notes", ModuleChange.INSTALL));
        assertTrue(install.problem(), install.possible());
        assertNull("planning installs nothing", bundle("org.mosaiccrm.example.notes"));
        asAdmin(() -> modules.apply("example-notes", ModuleChange.INSTALL));
        assertNotNull(bundle("org.mosaiccrm.example.notes"));
        assertTrue(offer(asAdmin(modules::modules), "example-notes").installed());
        assertFalse("installed twice is refused", asAdmin(() -> modules.plan("example-notes", ModuleChange.INSTALL)).possible());

        asAdmin(() -> modules.apply("example-notes", ModuleChange.UNINSTALL));
        assertNull(bundle("org.mosaiccrm.example.notes"));
        assertFalse(offer(asAdmin(modules::modules), "example-notes").installed());
    }

    @Test
    public void aModuleThatCannotResolveIsRefusedBeforeAnythingChanges() throws Exception {
        ModuleManager modules = service(ModuleManager.class, 60);
        Path incompatibleBundle = bundleImporting("isv.needs.customer9", "org.mosaiccrm.customer;version=\"[9,10)\"");
        Path repository = Files.createTempFile("isv-broken", ".xml");
        Files.writeString(repository, """
                <features name="isv-broken" xmlns="http://karaf.apache.org/xmlns/features/v1.6.0">
                  <feature name="isv-missing-feature" version="1.0.0" description="needs a feature nobody offers">
                    <capability>mosaic.module;mosaic.module=isv-missing-feature</capability>
                    <feature>mosaic-does-not-exist</feature>
                  </feature>
                  <feature name="isv-notes-extras" version="1.0.0" description="adds to the notes module when it is there">
                    <capability>mosaic.module;mosaic.module=isv-notes-extras</capability>
                    <conditional><condition>mosaic-example-notes</condition><feature>mosaic-ui</feature></conditional>
                  </feature>
                  <feature name="isv-needs-customer-9" version="1.0.0" description="built against an API that does not exist">
                    <capability>mosaic.module;mosaic.module=isv-needs-customer-9</capability>
                    <bundle>%s</bundle>
                  </feature>
                </features>
                """.formatted(incompatibleBundle.toUri()));
        featuresService.addRepository(repository.toUri());
        try {
            ModuleOffer extras = offer(asAdmin(modules::modules), "isv-notes-extras");
            assertEquals("an optional enhancement is named, not required", List.of("example-notes"), extras.enhances());
            assertEquals(List.of(), extras.requires());
            int bundlesBefore = bundleContext.getBundles().length;
            ModulePlan missing = asAdmin(() -> modules.plan("isv-missing-feature", ModuleChange.INSTALL));
            assertFalse(missing.possible());
            assertTrue(missing.problem(), missing.problem().contains("mosaic-does-not-exist"));
            ModuleChangeException refused = assertThrows(ModuleChangeException.class,
                    () -> asAdmin(() -> modules.apply("isv-missing-feature", ModuleChange.INSTALL)));
            assertEquals(missing.problem(), refused.getMessage());
            ModulePlan incompatible = asAdmin(() -> modules.plan("isv-needs-customer-9", ModuleChange.INSTALL));
            assertFalse(incompatible.possible());
            assertTrue(incompatible.problem(), incompatible.problem().contains("package org.mosaiccrm.customer version 9"));
            assertThrows(ModuleChangeException.class,
                    () -> asAdmin(() -> modules.apply("isv-needs-customer-9", ModuleChange.INSTALL)));
            assertNull("the incompatible bundle was never installed", bundle("isv.needs.customer9"));
            assertEquals("nothing was installed", bundlesBefore, bundleContext.getBundles().length);
        } finally {
            featuresService.removeRepository(repository.toUri());
        }
    }

    @Test
    public void theShellListsInstallsAndReportsHealth() throws Exception {
        service(ModuleManager.class, 60);
        String modules = shell("crm:modules");
        assertTrue(modules, modules.contains("customer") && modules.contains("yes (core)") && modules.contains("example-notes"));
        String unknown = shell("crm:install no-such-module");
        assertTrue(unknown, unknown.contains("Refused: No module 'no-such-module'"));
        String refused = shell("crm:uninstall customer");
        assertTrue(refused, refused.contains("Refused: Module 'customer' is part of the core"));
        String installed = shell("crm:install example-notes");
        assertTrue(installed, installed.contains("Installed example-notes"));
        await("notes module active", 30, () -> shell("crm:health").contains("example-notes"));
        String health = shell("crm:health");
        assertTrue(health, health.contains("customer") && health.contains("ACTIVE"));
        // a note with a file: uninstalling keeps the file, purging moves it into the backup
        long note = new NotesModule(bundleContext, rep).write("Purge me with my file");
        Attachments attachments = service(Attachments.class, 30);
        byte[] text = ("minutes kept with note " + note + " at " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        await("notes take attachments", 30, () -> CurrentSubject.callAs(rep, () -> attachments.mayChange(NOTE_FILES, note)));
        Attachment file = CurrentSubject.callAs(rep, () -> attachments.add(NOTE_FILES, note, "minutes.txt",
                new ByteArrayInputStream(text)));
        Path kept = Path.of(System.getProperty("karaf.data"), "attachments", file.sha256().substring(0, 2),
                file.sha256().substring(2, 4), file.sha256());
        assertTrue(kept.toString(), Files.exists(kept));
        String uninstalled = shell("crm:uninstall example-notes");
        assertTrue(uninstalled, uninstalled.contains("Uninstalled example-notes (its data is kept)"));
        String upToDate = shell("crm:update customer");
        assertTrue(upToDate, upToDate.contains("Refused: Module 'customer' is up to date"));
        String purged = shell("crm:purge example-notes");
        assertTrue(purged, purged.contains("Removes after a backup: EXNOTES_NOTE, EXNOTES_NOTE_SEQ")
                && purged.contains("Removed the tables of example-notes"));
        assertFalse("the note's file is gone with the module's data", Files.exists(kept));
        try (var backups = Files.list(Path.of(System.getProperty("karaf.data"), "backups"))) {
            assertTrue("a copy of the file is in the backup", backups.filter(b -> b.getFileName().toString().endsWith("-before-purge-example-notes"))
                    .anyMatch(b -> Files.exists(b.resolve("attachments").resolve(file.sha256()))));
        }
        String nothingLeft = shell("crm:purge example-notes");
        assertTrue(nothingLeft, nothingLeft.contains("Refused: Module 'example-notes' has no tables in this database"));
        String packages = shell("crm:packages");
        assertTrue(packages, packages.contains("Package") && packages.contains("State"));
        String approve = shell("crm:approve 0123456789");
        assertTrue(approve, approve.contains("Refused: no package 0123456789"));

        new TestUsers(bundleContext).user("shellauditor", null, "auditor");
        String verified = shell("crm:audit-verify -u shellauditor -p 'shellauditor passphrase'");
        assertTrue(verified, verified.contains("Audit log intact") && verified.matches("(?s).*Head: entry \\d+, hash [0-9a-f]{64}.*")
                && !verified.contains("Exception"));
        // failures make the command fail (bin/client then exits non-zero), not just print
        String notAllowed = shell("crm:audit-verify -u modrep -p 'modrep passphrase'");
        assertTrue(notAllowed, notAllowed.contains("Exception") && notAllowed.contains("may not read the audit log"));
        String rotated = shell("crm:audit-rotate-key -u shellauditor -p 'shellauditor passphrase'");
        assertTrue(rotated, rotated.contains("New audit entries are signed with key k2"));
        String stillIntact = shell("crm:audit-verify -u shellauditor -p 'shellauditor passphrase'");
        assertTrue("entries of both keys verify: " + stillIntact, stillIntact.contains("Audit log intact"));
        String wrong = shell("crm:audit-verify -u shellauditor -p wrong");
        assertTrue(wrong, wrong.contains("Exception") && wrong.contains("Sign-in refused"));
    }

    /** A bundle of nothing but a manifest that imports {@code importPackage}, as a vendor's module built against another API. */
    private static Path bundleImporting(String symbolicName, String importPackage) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Import-Package", importPackage);
        Path jar = Files.createTempFile(symbolicName, ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.flush();
        }
        return jar;
    }
}
