package org.mosaiccrm.assembly;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.mosaiccrm.platform.search.SearchHit;
import org.mosaiccrm.platform.search.SearchProvider;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.Subject;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerMethod;

/**
 * Data survives a restart of Karaf: each test method runs in its own Karaf (a new JVM), both on
 * the same Derby database directory. The first writes a note, the second finds it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerMethod.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class RestartIT extends MosaicKarafTestSupport {

    private static final String DB = new File("target/restart-it-db").getAbsolutePath();

    @Configuration
    public Option[] config() {
        return baseConfig(
                editConfigurationFilePut("etc/org.ops4j.datasource-crm.cfg", "url", "jdbc:derby:" + DB + "/crm;create=true"),
                systemProperty("mosaic.it.db").value(DB));
    }

    @Test
    public void a_writeBeforeRestart() throws Exception {
        Subject rep = new TestUsers(bundleContext).user("restartrep", null, "sales-rep");
        NotesModule notes = new NotesModule(bundleContext, rep);
        featuresService.installFeature(NotesModule.FEATURE);
        await("notes up", 60, notes::isUp);
        String text = "restart check " + UUID.randomUUID();
        notes.write(text);
        Files.writeString(marker(), text, StandardCharsets.UTF_8);
    }

    @Test
    public void b_findAfterRestart() throws Exception {
        String text = Files.readString(marker(), StandardCharsets.UTF_8);
        Subject rep = new TestUsers(bundleContext).user("restartrep", null, "sales-rep");
        NotesModule notes = new NotesModule(bundleContext, rep);
        featuresService.installFeature(NotesModule.FEATURE);
        await("notes up", 60, notes::isUp);
        assertTrue("at least the note of the first run", notes.count() >= 1);
        SearchProvider search = bundleContext.getServiceReferences(SearchProvider.class, null).stream()
                .filter(ref -> ref.getBundle().getSymbolicName().equals("org.mosaiccrm.example.notes"))
                .map(bundleContext::getService).findFirst().orElseThrow();
        List<SearchHit> hits = CurrentSubject.callAs(rep, () -> search.search(text, 5));
        assertEquals("the note written before the restart", text, hits.get(0).title());
    }

    private static Path marker() {
        return Path.of(System.getProperty("mosaic.it.db", DB) + ".marker");
    }
}
