package org.mosaiccrm.assembly.shared;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.junit.Before;
import org.junit.Test;
import org.mosaiccrm.assembly.TestUsers;
import org.mosaiccrm.assembly.NotesModule;
import org.mosaiccrm.assembly.TestPackages;
import org.mosaiccrm.platform.module.ModuleChange;
import org.mosaiccrm.platform.module.ModuleChangeException;
import org.mosaiccrm.platform.module.ModuleDelivery;
import org.mosaiccrm.platform.module.ModuleManager;
import org.mosaiccrm.platform.module.ModuleOffer;
import org.mosaiccrm.platform.module.ModulePackage;
import org.mosaiccrm.platform.module.ModulePackage.PackageState;
import org.mosaiccrm.platform.module.ModulePlan;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.Subject;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Module packages (KAR files) through the deploy folder and the Modules page's services: an
 * unknown package waits, nothing of it started, until approved; a trusted one (checksum or vendor
 * signature) installs at once; a tampered one is refused; an update runs its migration and keeps
 * the data, an update whose migration fails is refused and the old version keeps running; uninstall
 * and reinstall keep the data; a purge removes the tables after a backup.
 */
public class ModulePackagesIT extends SharedKarafTestSupport {

    private static final String NOTES_BUNDLE = "org.mosaiccrm.example.notes";
    private static final String TRUST_PID = "org.mosaiccrm.platform.modules.trust";
    /** Version 0.2.0 adds a table; 0.3.0 adds a column whose constraint fails on the existing notes. */
    public static final String ADD_TABLE = """
              <changeSet id="2-note-labels" author="vendor">
                <createTable tableName="EXNOTES_LABEL">
                  <column name="ID" type="BIGINT"><constraints primaryKey="true"/></column>
                  <column name="NAME" type="VARCHAR(50)"/>
                </createTable>
              </changeSet>""";
    private static final String FAILING = """
              <changeSet id="3-note-owner" author="vendor">
                <addColumn tableName="EXNOTES_NOTE"><column name="OWNER" type="VARCHAR(50)"/></addColumn>
                <addNotNullConstraint tableName="EXNOTES_NOTE" columnName="OWNER"/>
              </changeSet>""";


    private Subject rep;
    private Path work;

    @Before
    public void users() throws Exception {
        TestUsers users = new TestUsers(bundleContext);
        rep = users.user("pkgrep", null, "sales-rep");
        work = Files.createDirectories(Path.of(System.getProperty("karaf.data"), "test-packages"));
    }

    @Test
    public void packagesInstallOnlyFromTrustedSourcesOrAfterApprovalAndUpdatesKeepTheData() throws Exception {
        ModuleManager modules = service(ModuleManager.class, 60);
        ModuleDelivery delivery = service(ModuleDelivery.class, 60);
        NotesModule notes = new NotesModule(bundleContext, rep);
        asAdmin(() -> modules.apply("example-notes", ModuleChange.INSTALL));
        await("notes up", 30, notes::isUp);
        long written = notes.write("Renewal call with 王芳");
        String original = bundle(NOTES_BUNDLE).getLocation();
        int appliedBefore = offer(modules, "example-notes").schema().applied();
        assertTrue("the schema of an installed module is shown", appliedBefore >= 1);

        // 1. Unknown source, dropped into deploy/: waits; nothing of it is installed or started.
        Path v2 = TestPackages.notesKar(work, "notes-0.2.0.kar", "0.2.0",
                TestPackages.notesBundle(original, "0.2.0", ADD_TABLE));
        TestPackages.dropIntoDeployFolder(v2);
        ModulePackage waiting = awaitPackage(delivery, "notes-0.2.0.kar", PackageState.WAITING_FOR_APPROVAL);
        assertFalse(waiting.trusted());
        assertTrue(waiting.origin(), waiting.origin().startsWith("Unsigned"));
        assertEquals(List.of("example-notes 0.2.0"), waiting.modules());
        assertEquals("still the old version", "0.1.0.SNAPSHOT", bundle(NOTES_BUNDLE).getVersion().toString());
        assertFalse("no table of the new version", tableExists("EXNOTES_LABEL"));
        assertThrows(AccessDeniedException.class, () -> CurrentSubject.callAs(rep, () -> delivery.approve(waiting.id())));

        // 2. Approved by a user administrator: the update's migration runs and the data is kept.
        ModulePackage approved = asAdmin(() -> delivery.approve(waiting.id()));
        assertEquals(approved.problem(), PackageState.INSTALLED, approved.state());
        assertEquals("0.2.0", bundle(NOTES_BUNDLE).getVersion().toString());
        await("notes up after the update", 30, notes::isUp);
        assertTrue("the new version's table", tableExists("EXNOTES_LABEL"));
        assertEquals(appliedBefore + 1, offer(modules, "example-notes").schema().applied());
        assertEquals("the note written before the update is there", 1L, notes.count());

        // 3. Trusted by checksum, but its migration fails: refused before anything changes.
        Path v3 = TestPackages.notesKar(work, "notes-0.3.0.kar", "0.3.0",
                TestPackages.notesBundle(original, "0.3.0", ADD_TABLE + FAILING));
        trust(new String[0], new String[] { "notes 0.3.0 = " + TestPackages.sha256(v3) });
        ModulePackage failing = receive(delivery, "notes-0.3.0.kar", v3);
        assertTrue(failing.trusted());
        assertEquals(failing.problem(), PackageState.REFUSED, failing.state());
        assertTrue(failing.problem(), failing.problem().contains("cannot migrate the database")
                && failing.problem().contains("OWNER") && failing.problem().contains("version 0.2.0 keeps running"));
        assertEquals("the old version keeps running", "0.2.0", bundle(NOTES_BUNDLE).getVersion().toString());
        assertEquals(Bundle.ACTIVE, bundle(NOTES_BUNDLE).getState());
        assertFalse("the failed migration left nothing", columnExists("EXNOTES_NOTE", "OWNER"));
        assertEquals(1L, notes.count());

        // 4. Signed by a trusted vendor: installs at once. The same vendor's tampered package: refused.
        TestPackages.Vendor vendor = TestPackages.Vendor.create(work, "acme");
        trust(new String[] { "ACME Software = " + vendor.fingerprint() }, new String[0]);
        Path v4 = vendor.sign(TestPackages.notesKar(work, "notes-0.4.0.kar", "0.4.0",
                TestPackages.notesBundle(original, "0.4.0", ADD_TABLE)));
        Path tampered = TestPackages.tamper(v4, work.resolve("notes-0.4.0-tampered.kar"));
        ModulePackage broken = receive(delivery, "notes-0.4.0-tampered.kar", tampered);
        assertEquals(PackageState.REFUSED, broken.state());
        assertTrue(broken.problem(), broken.problem().contains("changed after it was signed"));
        assertThrows(ModuleChangeException.class, () -> asAdmin(() -> delivery.approve(broken.id())));
        TestPackages.Vendor stranger = TestPackages.Vendor.create(work, "stranger");
        Path foreign = stranger.sign(TestPackages.notesKar(work, "notes-0.4.1.kar", "0.4.1",
                TestPackages.notesBundle(original, "0.4.1", ADD_TABLE)));
        ModulePackage unknownSigner = receive(delivery, "notes-0.4.1.kar", foreign);
        assertEquals(PackageState.WAITING_FOR_APPROVAL, unknownSigner.state());
        assertTrue(unknownSigner.origin(), unknownSigner.origin().contains("CN=stranger") && unknownSigner.origin().contains("not a trusted vendor"));
        asAdmin(() -> {
            delivery.discard(unknownSigner.id());
            return null;
        });
        ModulePackage signed = receive(delivery, "notes-0.4.0.kar", v4);
        assertEquals(signed.problem(), PackageState.INSTALLED, signed.state());
        assertTrue(signed.origin(), signed.origin().contains("trusted vendor ACME Software"));
        assertEquals("0.4.0", bundle(NOTES_BUNDLE).getVersion().toString());
        await("notes up after the signed update", 30, notes::isUp);
        assertEquals(1L, notes.count());

        // 5. Uninstall keeps the data; reinstall brings it back; purge removes it after a backup.
        asAdmin(() -> modules.apply("example-notes", ModuleChange.UNINSTALL));
        assertNull(bundle(NOTES_BUNDLE));
        assertTrue("uninstall keeps the tables", tableExists("EXNOTES_NOTE"));
        assertTrue("the page still knows the data", offer(modules, "example-notes").schema().exists());
        asAdmin(() -> modules.apply("example-notes", ModuleChange.INSTALL));
        await("notes up after reinstall", 30, notes::isUp);
        assertEquals("reinstalled with its data", 1L, notes.count());
        assertTrue(written > 0);
        asAdmin(() -> modules.apply("example-notes", ModuleChange.UNINSTALL));
        ModulePlan purge = asAdmin(() -> modules.plan("example-notes", ModuleChange.PURGE));
        assertTrue(purge.problem(), purge.possible());
        assertTrue(purge.tables().toString(), purge.tables().containsAll(List.of("EXNOTES_NOTE", "EXNOTES_LABEL")));
        asAdmin(() -> modules.apply("example-notes", ModuleChange.PURGE));
        assertFalse(tableExists("EXNOTES_NOTE"));
        assertFalse(tableExists("EXNOTES_LABEL"));
        assertFalse(offer(modules, "example-notes").schema().exists());
        try (var backups = Files.list(Path.of(System.getProperty("karaf.data"), "backups"))) {
            assertTrue("a backup was taken", backups.anyMatch(dir -> dir.getFileName().toString().endsWith("-before-purge-example-notes")));
        }
        assertFalse("an installed module's data cannot be purged",
                asAdmin(() -> modules.plan("customer", ModuleChange.PURGE)).possible());

        // 6. A trusted package dropped into deploy/ installs at once; taking the file out uninstalls it.
        Path v5 = TestPackages.notesKar(work, "notes-0.5.0.kar", "0.5.0", TestPackages.notesBundle(original, "0.5.0", ""));
        trust(new String[0], new String[] { "notes 0.5.0 = " + TestPackages.sha256(v5) });
        TestPackages.dropIntoDeployFolder(v5);
        awaitPackage(delivery, "notes-0.5.0.kar", PackageState.INSTALLED);
        assertEquals("0.5.0", bundle(NOTES_BUNDLE).getVersion().toString());
        await("notes up on a fresh schema", 30, notes::isUp);
        assertEquals("the purged data stays gone", 0L, notes.count());
        Files.delete(Path.of(System.getProperty("karaf.base"), "deploy", "notes-0.5.0.kar"));
        awaitPackage(delivery, "notes-0.5.0.kar", PackageState.REMOVED);
        assertNull("its module is uninstalled", bundle(NOTES_BUNDLE));
        assertTrue("its data is kept", tableExists("EXNOTES_NOTE"));
        // the shared CRM goes on with the notes module as it ships: no tables and no feature
        // repositories of these packages (a later install would take their newest version)
        asAdmin(() -> modules.apply("example-notes", ModuleChange.PURGE));
        for (org.apache.karaf.features.Repository repository : featuresService.listRepositories()) {
            if (repository.getName() != null && repository.getName().startsWith("notes-next-")) {
                featuresService.removeRepository(repository.getURI(), false);
            }
        }
        assertFalse(tableExists("EXNOTES_LABEL"));
    }

    @Test
    public void aPackageWithoutAModuleOrNotAZipIsRefusedInPlainWords() throws Exception {
        ModuleDelivery delivery = service(ModuleDelivery.class, 60);
        ModulePackage notZip = asAdmin(() -> delivery.receive("readme.kar", new java.io.ByteArrayInputStream("hello".getBytes())));
        assertEquals(PackageState.REFUSED, notZip.state());
        assertTrue(notZip.problem(), notZip.problem().contains("not a KAR"));
        Path empty = work.resolve("empty.kar");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(empty))) {
            out.putNextEntry(new java.util.zip.ZipEntry("repository/readme.txt"));
            out.write("nothing".getBytes());
        }
        ModulePackage noModule = receive(delivery, "empty.kar", empty);
        assertEquals(PackageState.REFUSED, noModule.state());
        assertTrue(noModule.problem(), noModule.problem().contains("holds no Mosaic module"));
    }

    private ModulePackage receive(ModuleDelivery delivery, String fileName, Path kar) throws java.io.IOException {
        byte[] content = Files.readAllBytes(kar);
        return asAdmin(() -> delivery.receive(fileName, new java.io.ByteArrayInputStream(content)));
    }

    private ModuleOffer offer(ModuleManager modules, String id) {
        return asAdmin(modules::modules).stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }

    private ModulePackage awaitPackage(ModuleDelivery delivery, String fileName, PackageState state) throws Exception {
        await(fileName + " " + state, 60, () -> find(delivery, fileName).map(p -> p.state() == state).orElse(false));
        return find(delivery, fileName).orElseThrow();
    }

    private Optional<ModulePackage> find(ModuleDelivery delivery, String fileName) {
        return asAdmin(delivery::packages).stream().filter(p -> p.fileName().equals(fileName)).findFirst();
    }

    private void trust(String[] vendors, String[] checksums) throws Exception {
        ConfigurationAdmin configurations = service(ConfigurationAdmin.class, 30);
        org.osgi.service.cm.Configuration trust = configurations.getConfiguration(TRUST_PID, null);
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("vendors", vendors);
        properties.put("checksums", checksums);
        trust.update(properties);
        Thread.sleep(1500); // the inbox takes the new list when Config Admin delivers it
    }

    private boolean tableExists(String table) throws Exception {
        try (Connection connection = dataSource().getConnection();
                ResultSet tables = connection.getMetaData().getTables(null, null, table, new String[] { "TABLE" })) {
            return tables.next();
        }
    }

    private boolean columnExists(String table, String column) throws Exception {
        try (Connection connection = dataSource().getConnection();
                ResultSet columns = connection.getMetaData().getColumns(null, null, table, column)) {
            return columns.next();
        }
    }

    private DataSource dataSource() throws Exception {
        ServiceReference<?>[] references = bundleContext.getServiceReferences(DataSource.class.getName(), "(osgi.jndi.service.name=crmds)");
        assertNotNull("the CRM data source", references);
        return (DataSource) bundleContext.getService(references[0]);
    }
}
