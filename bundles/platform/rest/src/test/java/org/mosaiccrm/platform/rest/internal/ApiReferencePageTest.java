package org.mosaiccrm.platform.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.junit.jupiter.api.Test;
import org.mosaiccrm.platform.text.Texts;

/** The reference page from a written document: every call, its parameters and shapes, nothing unescaped. */
class ApiReferencePageTest {

    enum Kind { COMPANY, PERSON }

    public record Thing(String name, Kind kind, List<String> tags) {
    }

    @Path("v1")
    public static class ThingsResource {
        @GET
        @Path("things/{id}")
        public Thing get(@PathParam("id") long id) {
            return null;
        }

        @POST
        @Path("things")
        public Thing create(Thing thing, @QueryParam("dryRun") Boolean dryRun) {
            return null;
        }
    }

    private static final Texts KEYS = (key, locale) -> Optional.of(locale.getLanguage() + ":" + key);

    @Test
    void everyCallIsListedWithItsParametersAndShapes() {
        Map<String, Object> document = OpenApiWriter.document(List.of(ThingsResource.class));
        String page = ApiReferencePage.html(document, KEYS, Locale.SIMPLIFIED_CHINESE);
        assertTrue(page.startsWith("<!DOCTYPE html><html lang=\"zh-CN\">"), page);
        assertTrue(page.contains("<code>/api/v1/things/{id}</code>"), page);
        assertTrue(page.contains(">GET</span>") && page.contains(">POST</span>"));
        assertTrue(page.contains("<code>dryRun</code>"), "the query parameter");
        assertTrue(page.contains("&quot;kind&quot;: COMPANY | PERSON"), "enum values: " + page);
        assertTrue(page.contains("&quot;tags&quot;: [string]"), page);
        assertTrue(page.contains("zh:api.reference.takes"), "in the caller's language");
        assertFalse(page.contains("<script"), "no script");
    }

    @Test
    void textIsEscaped() {
        assertEquals("&lt;b&gt; &amp; &quot;x&quot;", ApiReferencePage.escape("<b> & \"x\""));
    }
}
