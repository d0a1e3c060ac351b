package org.mosaiccrm.platform.rest.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.mosaiccrm.platform.rest.Api;
import org.mosaiccrm.platform.text.Texts;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.JakartarsWhiteboardConstants;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;



/**
 * The OpenAPI 3 document of the API as installed now ({@code /api/v1/openapi.json}, readable without a
 * token): written from the Jakarta REST annotations of the resources on the whiteboard
 * ({@link OpenApiWriter}), so a module's paths appear with it and disappear when it is uninstalled. Classes are named by the services' object class
 * and loaded from their own bundle; they are forgotten as the service goes, so no module class loader
 * is held. The document is built again after each change, on the next request.
 */
@Component(service = OpenApiDocument.class)
@JakartarsResource
@Path(Api.V1)
public class OpenApiDocument {

    /** Readable without a token: the document describes the API, no data. */
    static final String PATH = "/" + Api.V1 + "/openapi.json";
    /** The same as a page for people, readable without a token. */
    static final String REFERENCE_PATH = "/" + Api.V1 + "/reference";

    private static final ObjectMapper JSON = ApiJson.mapper();

    private final Logger logger = LoggerFactory.getLogger(OpenApiDocument.class);
    private final Map<Long, Class<?>> resources = new ConcurrentHashMap<>();
    private final AtomicReference<Built> built = new AtomicReference<>();
    private final Texts texts;

    /** The document as built for the resources now installed: as JSON, and as the maps it was written from (no classes). */
    private record Built(String json, Map<String, Object> document) {
    }
    private final ServiceTracker<Object, Long> tracker;

    @Activate
    public OpenApiDocument(BundleContext context, @Reference JsonProvider json, @Reference Texts texts) throws InvalidSyntaxException {
        this.texts = texts;
        tracker = new ServiceTracker<>(context, context.createFilter("(" + JakartarsWhiteboardConstants.JAKARTA_RS_RESOURCE + "=true)"),
                null) {
            @Override
            public Long addingService(ServiceReference<Object> reference) {
                long id = (Long) reference.getProperty(Constants.SERVICE_ID);
                String type = ((String[]) reference.getProperty(Constants.OBJECTCLASS))[0];
                try {
                    resources.put(id, reference.getBundle().loadClass(type));
                    built.set(null);
                } catch (ClassNotFoundException | RuntimeException unreadable) {
                    logger.warn("Resource {} of bundle {} is left out of the OpenAPI document: {}", type,
                            reference.getBundle().getSymbolicName(), unreadable.toString());
                }
                return id;
            }

            @Override
            public void removedService(ServiceReference<Object> reference, Long id) {
                resources.remove(id);
                built.set(null);
                json.forgetClasses(); // a module's classes may have gone with it
            }
        };
        tracker.open(true);
    }

    @Deactivate
    void deactivate() {
        tracker.close();
        resources.clear();
    }

    @GET
    @Path("openapi.json")
    @Produces(MediaType.APPLICATION_JSON)
    public String document() throws JsonProcessingException {
        return build().json();
    }

    /** The reference page: every path of the installed modules with its parameters and shapes, in the caller's language. */
    @GET
    @Path("reference")
    @Produces(MediaType.TEXT_HTML)
    public String reference(@Context HttpHeaders headers) throws JsonProcessingException {
        List<Locale> languages = headers.getAcceptableLanguages();
        return ApiReferencePage.html(build().document(), texts, Texts.supported(languages.isEmpty() ? Locale.ENGLISH : languages.get(0)));
    }

    private Built build() throws JsonProcessingException {
        Built document = built.get();
        if (document == null) {
            Set<Class<?>> documented = new HashSet<>(resources.values());
            documented.remove(OpenApiDocument.class); // it documents, it is not documented
            Map<String, Object> written = OpenApiWriter.document(documented);
            document = new Built(JSON.writeValueAsString(written), written);
            built.set(document);
        }
        return document;
    }
}
