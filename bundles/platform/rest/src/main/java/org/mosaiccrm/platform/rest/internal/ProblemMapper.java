package org.mosaiccrm.platform.rest.internal;

import java.util.NoSuchElementException;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.csv.CsvFileException;
import org.mosaiccrm.platform.rest.Api;
import org.mosaiccrm.platform.rest.ApiProblem;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.NotAuthenticatedException;
import org.mosaiccrm.platform.text.Texts;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every failure of a resource as problem details, with the message keys the UI uses: a refused input
 * 400 with its field, bad JSON 400 with the field it broke at, a missing permission 403, a stale
 * version 412, anything unforeseen 500 (logged, with nothing of its insides told to the caller).
 */
@Component(service = ExceptionMapper.class)
@JakartarsExtension
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private final Logger logger = LoggerFactory.getLogger(ProblemMapper.class);

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Texts texts;

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof ApiProblem problem) {
            return answer(problem.status(), problem.key(), null, problem.arguments());
        }
        if (failure instanceof InputRefusedException refused) {
            return answer(400, refused.getMessage(), refused.field(), refused.arguments());
        }
        if (failure instanceof CsvFileException refused) {
            // an import refused as a whole (rows handed over for a bulk create): nothing was written
            return answer(400, refused.getMessage(), null);
        }
        if (failure instanceof UnrecognizedPropertyException unknown) {
            return answer(400, "api.error.unknownField", path(unknown), path(unknown));
        }
        if (failure instanceof InvalidFormatException invalid) {
            return answer(400, "api.error.value", path(invalid), path(invalid));
        }
        if (failure instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return answer(400, "api.error.value", path(mapping), path(mapping));
        }
        if (failure instanceof JsonProcessingException) {
            return answer(400, "api.error.json", null);
        }
        if (failure instanceof NotAuthenticatedException) {
            return answer(401, "api.error.unauthenticated", null);
        }
        if (failure instanceof AccessDeniedException denied) {
            return answer(403, "api.error.forbidden", null, denied.permission());
        }
        if (failure instanceof NoSuchElementException) {
            return answer(404, "api.error.notFound", null);
        }
        if (failure instanceof OptimisticLockException) {
            return answer(412, "api.error.stale", null);
        }
        if (failure instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return answer(status, switch (status) {
                case 404 -> "api.error.notFound";
                case 405 -> "api.error.method";
                case 406, 415 -> "api.error.mediaType";
                default -> "api.error.http";
            }, null, status);
        }
        logger.error("API call failed", failure);
        return answer(500, "api.error.internal", null);
    }

    private Response answer(int status, String key, String field, Object... arguments) {
        return Response.status(status).type(Api.PROBLEM_JSON)
                .entity(Problems.body(texts, headers == null ? java.util.List.of() : headers.getAcceptableLanguages(), status, key,
                        field, arguments))
                .build();
    }

    /** The JSON field a mapping failed at, e.g. {@code contactPoints[0].kind}. */
    private static String path(JsonMappingException failure) {
        return failure.getPath().stream().map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                : "[" + reference.getIndex() + "]").collect(Collectors.joining(".")).replace(".[", "[");
    }
}
