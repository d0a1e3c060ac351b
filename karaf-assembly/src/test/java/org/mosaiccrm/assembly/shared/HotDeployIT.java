package org.mosaiccrm.assembly.shared;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;

import org.junit.Before;
import org.junit.Test;
import org.mosaiccrm.assembly.TestUsers;
import org.mosaiccrm.assembly.NotesModule;
import org.mosaiccrm.platform.metric.MetricProvider;
import org.mosaiccrm.platform.search.SearchHit;
import org.mosaiccrm.platform.search.SearchProvider;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.ui.MenuEntry;
import org.mosaiccrm.platform.ui.Navigation;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/**
 * A view module installed into the running system gets its route, menu entry, search provider and
 * metric; loses them on uninstall (its data stays in the database); and gets them back with its
 * data on reinstall.
 */
public class HotDeployIT extends SharedKarafTestSupport {


    private Subject rep;

    private <T> T asRep(Supplier<T> work) {
        return CurrentSubject.callAs(rep, work);
    }

    @Before
    public void logIn() throws Exception {
        rep = new TestUsers(bundleContext).user("hotrep", null, "sales-rep");
    }

    @Test
    public void viewModuleComesAndGoesWithItsRouteMenuEntryAndData() throws Exception {
        Navigation navigation = service(Navigation.class, 60);
        NotesModule notes = new NotesModule(bundleContext, rep);
        await("UI servlet up", 60, () -> navigation.hasRoute(""));
        assertFalse("not installed yet", navigation.hasRoute("notes"));

        featuresService.installFeature(NotesModule.FEATURE);
        await("route live after install", 30, () -> navigation.hasRoute("notes"));
        assertTrue("menu entry after install", menuHasNotes(asRep(navigation::menu)));
        await("notes service up", 30, notes::isUp);
        long id = notes.write("Call 王芳 about the renewal");
        long countBefore = notes.count();
        MetricProvider metric = notesMetric();
        assertEquals(BigDecimal.valueOf(countBefore), asRep(() -> metric.current().value()));

        featuresService.uninstallFeature(NotesModule.FEATURE);
        await("route gone after uninstall", 30, () -> !navigation.hasRoute("notes"));
        assertFalse("menu entry gone after uninstall", menuHasNotes(asRep(navigation::menu)));
        assertFalse("service gone", notes.isUp());
        assertTrue("no search provider left", searchProviders().isEmpty());
        assertTrue("bundle uninstalled", bundle("org.mosaiccrm.example.notes") == null);

        featuresService.installFeature(NotesModule.FEATURE);
        await("route back after reinstall", 30, () -> navigation.hasRoute("notes"));
        assertTrue("menu entry back", menuHasNotes(asRep(navigation::menu)));
        await("notes service back", 30, notes::isUp);
        assertEquals("data kept across uninstall", countBefore, notes.count());
        await("search provider back", 30, () -> !searchProviders().isEmpty());
        List<SearchHit> hits = asRep(() -> searchProviders().get(0).search("call 王芳", 5));
        assertEquals("the note written before uninstall is found again", "Call 王芳 about the renewal", hits.get(0).title());
        assertTrue(id > 0);
        featuresService.uninstallFeature(NotesModule.FEATURE);
    }

    @Test
    public void menuShowsOnlyViewsTheUserIsPermittedToSee() throws Exception {
        Navigation navigation = service(Navigation.class, 60);
        featuresService.installFeature(NotesModule.FEATURE);
        await("menu entry", 30, () -> menuHasNotes(asRep(navigation::menu)));
        // an analyst's roles grant nothing of the notes module
        Subject analyst = new TestUsers(bundleContext).user("hotanalyst", null, "analyst");
        assertFalse("hidden without example-notes.read",
                menuHasNotes(CurrentSubject.callAs(analyst, navigation::menu)));
        assertTrue("nothing without a user", navigation.menu().stream().noneMatch(e -> e.route().equals("notes")));
        featuresService.uninstallFeature(NotesModule.FEATURE);
    }

    @Test
    public void badInputIsRefusedWithAMessageAndNothingIsWritten() throws Exception {
        NotesModule notes = new NotesModule(bundleContext, rep);
        featuresService.installFeature(NotesModule.FEATURE);
        await("notes service up", 30, notes::isUp);
        long before = notes.count();
        assertRefused(() -> notes.write("   "), "notes.error.empty");
        assertRefused(() -> notes.write("x".repeat(501)), "notes.error.tooLong");
        assertEquals(before, notes.count());
        featuresService.uninstallFeature(NotesModule.FEATURE);
    }

    private static void assertRefused(Runnable write, String messageKey) {
        try {
            write.run();
            throw new AssertionError("accepted bad input; expected " + messageKey);
        } catch (IllegalArgumentException expected) {
            assertEquals(messageKey, expected.getMessage());
        }
    }

    private List<SearchProvider> searchProviders() {
        try {
            return bundleContext.getServiceReferences(SearchProvider.class, null).stream()
                    .filter(ref -> ref.getBundle().getSymbolicName().equals("org.mosaiccrm.example.notes"))
                    .map(bundleContext::getService).toList();
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private MetricProvider notesMetric() throws Exception {
        for (ServiceReference<MetricProvider> ref : bundleContext.getServiceReferences(MetricProvider.class, null)) {
            MetricProvider metric = bundleContext.getService(ref);
            if (metric.id().equals("notes.count")) {
                return metric;
            }
        }
        throw new AssertionError("notes metric not registered");
    }

    private static boolean menuHasNotes(List<MenuEntry> menu) {
        return menu.stream().anyMatch(entry -> entry.route().equals("notes") && entry.titleKey().equals("notes.title"));
    }
}
