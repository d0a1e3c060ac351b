package org.mosaiccrm.platform.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.junit.jupiter.api.Test;
import org.mosaiccrm.platform.rest.Api;
import org.mosaiccrm.platform.rest.ListPage;

class OpenApiWriterTest {

    enum Kind { CALL, VISIT }

    record Line(String item, BigDecimal quantity) {
    }

    record Visit(long id, String summary, Kind kind, LocalDate on, Instant at, List<Line> lines, Set<String> tags, boolean done) {
    }

    @Path(Api.V1)
    public static class VisitsResource {
        @GET
        @Path("visits")
        public ListPage<Visit> list(@QueryParam("after") String after, @QueryParam("limit") Integer limit) {
            return null;
        }

        @GET
        @Path("visits/{id}")
        public Response get(@PathParam("id") long id) {
            return null;
        }

        @POST
        @Path("visits")
        public Response create(Visit input, @Context UriInfo uri) {
            return null;
        }

        public void notAnOperation() {
            // no HTTP method: not in the document
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aResourcesPathsParametersAndBodiesAreDescribedFromItsAnnotationsAndRecords() {
        Map<String, Object> document = OpenApiWriter.document(List.of(VisitsResource.class));
        assertEquals("3.0.3", document.get("openapi"));
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        assertEquals(Set.of("/v1/visits", "/v1/visits/{id}"), paths.keySet());
        assertEquals(Set.of("get", "post"), paths.get("/v1/visits").keySet());

        Map<String, Object> get = (Map<String, Object>) paths.get("/v1/visits/{id}").get("get");
        assertEquals("visits_get", get.get("operationId"));
        assertEquals(List.of(Map.of("name", "id", "in", "path", "required", true, "schema", Map.of("type", "integer", "format", "int64"))),
                get.get("parameters"));

        Map<String, Object> list = (Map<String, Object>) paths.get("/v1/visits").get("get");
        Map<String, Object> page = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) list
                .get("responses")).get("2XX")).get("content")).get("application/json")).get("schema");
        Map<String, Object> items = (Map<String, Object>) ((Map<String, Object>) page.get("properties")).get("items");
        Map<String, Object> visit = (Map<String, Object>) items.get("items");
        Map<String, Object> fields = (Map<String, Object>) visit.get("properties");
        assertEquals(Map.of("type", "string", "enum", List.of("CALL", "VISIT")), fields.get("kind"));
        assertEquals(Map.of("type", "string", "format", "date"), fields.get("on"));
        assertEquals(Map.of("type", "string", "format", "date-time"), fields.get("at"));
        assertEquals(Map.of("type", "boolean"), fields.get("done"));
        assertEquals("array", ((Map<String, Object>) fields.get("lines")).get("type"));
        assertEquals(Map.of("type", "number"), ((Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) fields.get("lines"))
                .get("items")).get("properties")).get("quantity"));

        Map<String, Object> create = (Map<String, Object>) paths.get("/v1/visits").get("post");
        assertTrue(create.containsKey("requestBody"), "the record without an annotation is the body");
        assertFalse(create.containsKey("parameters"), "the @Context parameter is no parameter of the API");
    }
}
