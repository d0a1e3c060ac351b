package org.mosaiccrm.platform.rest.internal;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.mosaiccrm.platform.csv.CsvImportStatus;
import org.mosaiccrm.platform.csv.ImportDefinition;
import org.mosaiccrm.platform.csv.ImportField;
import org.mosaiccrm.platform.csv.Imports;
import org.mosaiccrm.platform.csv.RejectedRowsText;
import org.mosaiccrm.platform.rest.Api;
import org.mosaiccrm.platform.rest.ImportResult;
import org.mosaiccrm.platform.text.Texts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * The caller's import runs over the API ({@code /api/v1/imports/<importId>/<jobId>}): where one
 * stands, and every rejected row as the same CSV the import page offers, in the caller's language.
 */
@Component(service = ImportsResource.class)
@JakartarsResource
@Path(Api.V1)
public class ImportsResource {

    private final Imports imports;
    private final Texts texts;

    @Activate
    public ImportsResource(@Reference Imports imports, @Reference Texts texts) {
        this.imports = imports;
        this.texts = texts;
    }

    @GET
    @Path("imports/{importId}/{jobId}")
    @Produces(MediaType.APPLICATION_JSON)
    public ImportResult status(@PathParam("importId") String importId, @PathParam("jobId") String jobId,
            @Context HttpHeaders headers) {
        CsvImportStatus status = imports.status(importId, jobId).orElseThrow(NotFoundException::new);
        return ImportResult.of(importId, status, texts, language(headers), field -> field);
    }

    @GET
    @Path("imports/{importId}/{jobId}/rejected")
    @Produces("text/csv")
    public Response rejected(@PathParam("importId") String importId, @PathParam("jobId") String jobId,
            @Context HttpHeaders headers) {
        imports.status(importId, jobId).orElseThrow(NotFoundException::new);
        ImportDefinition definition = imports.definition(importId).orElseThrow(NotFoundException::new);
        Locale language = Texts.supported(language(headers));
        RejectedRowsText text = new RejectedRowsText() {
            @Override
            public List<String> headings() {
                return List.of(texts.format("import.rejected.line", language), texts.format("import.rejected.field", language),
                        texts.format("import.rejected.reason", language));
            }

            @Override
            public String field(String field) {
                return definition.fields().stream().filter(f -> f.name().equals(field)).findFirst()
                        .map(ImportField::labelKey).map(key -> texts.format(key, language)).orElse(field);
            }

            @Override
            public String reason(String reasonKey) {
                return texts.format(reasonKey, language);
            }
        };
        StreamingOutput body = out -> imports.writeRejected(importId, jobId, text, out);
        return Response.ok(body, "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"rejected-" + jobId + ".csv\"").build();
    }

    private static Locale language(HttpHeaders headers) {
        List<Locale> accepted = headers.getAcceptableLanguages();
        return accepted.isEmpty() ? Locale.ENGLISH : accepted.get(0);
    }
}
