package org.mosaiccrm.platform.rest.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.mosaiccrm.platform.rest.Api;
import org.mosaiccrm.platform.security.ApiTokens;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.Subject;
import org.mosaiccrm.platform.text.Texts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every API call runs as the user of its token ({@code Authorization: Bearer <token>}), limited to the
 * token's scopes, so the services check it as they check the UI's users. No token, or one that does
 * not work, is answered 401 before any resource runs; too many calls in a minute 429 with
 * {@code Retry-After}. At most a few calls per core are worked on at once ({@link CallSlots}); the
 * others wait their turn. Sits in front of the REST whiteboard's servlet (its context is the
 * whiteboard's own, named {@code ContextForRestWhiteboard…}).
 */
@Component(service = Filter.class, configurationPid = TokenAuthentication.PID)
@Designate(ocd = TokenAuthentication.Config.class)
@HttpWhiteboardFilterPattern("/*")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=ContextForRestWhiteboard*)")
public class TokenAuthentication implements Filter {

    public static final String PID = "org.mosaiccrm.api";

    @ObjectClassDefinition(name = "Mosaic CRM API", description = "The integration API under /api")
    public @interface Config {
        @AttributeDefinition(description = "Calls a token may make per minute (each node counts its own)")
        int requestsPerMinute() default 600;

        @AttributeDefinition(description = "Calls worked on at once; more wait their turn. 0: four per processor core")
        int concurrentCalls() default 0;

        @AttributeDefinition(description = "Longest a call waits for its turn, in seconds, before it is answered 503")
        int queueSeconds() default 10;
    }

    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final RateLimits limits;
    private final CallSlots slots;
    private final ObjectMapper json = ApiJson.mapper();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Texts texts;

    @Activate
    public TokenAuthentication(@Reference ApiTokens tokens, Config config) {
        this.tokens = tokens;
        this.limits = new RateLimits(Math.max(1, config.requestsPerMinute()));
        this.slots = new CallSlots(config.concurrentCalls() > 0 ? config.concurrentCalls()
                : 4 * Runtime.getRuntime().availableProcessors(), Duration.ofSeconds(Math.max(1, config.queueSeconds())));
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String path = pathInApi(request);
        if ("GET".equals(request.getMethod()) && (OpenApiDocument.PATH.equals(path) || OpenApiDocument.REFERENCE_PATH.equals(path))) {
            chain.doFilter(request, response); // the document and its page describe the API, no data
            return;
        }
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            refuse(request, response, 401, "api.error.unauthenticated");
            return;
        }
        String secret = authorization.substring(BEARER.length()).strip();
        Optional<Subject> subject = tokens.authenticate(secret, request.getRemoteAddr());
        if (subject.isEmpty()) {
            refuse(request, response, 401, "api.error.token");
            return;
        }
        long wait = limits.take(sha256(secret), System.currentTimeMillis());
        if (wait > 0) {
            response.setHeader("Retry-After", Long.toString(wait));
            refuse(request, response, 429, "api.error.tooMany");
            return;
        }
        try (CallSlots.Slot slot = slots.take()) {
            if (slot == null) {
                response.setHeader("Retry-After", "1");
                refuse(request, response, 503, "api.error.busy");
                return;
            }
            try (CurrentSubject.Scope scope = CurrentSubject.bind(subject.get())) {
                chain.doFilter(request, response);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            refuse(request, response, 503, "api.error.busy");
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String key) throws IOException {
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"mosaic\"");
        }
        response.setStatus(status);
        response.setContentType(Api.PROBLEM_JSON);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Map<String, Object> body = Problems.body(texts, List.of(languageOf(request)), status, key, null);
        json.writeValue(response.getOutputStream(), body);
    }

    /** The path below {@code /api}: the whiteboard's context path is {@code /api}. */
    private static String pathInApi(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static Locale languageOf(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? Locale.ENGLISH : request.getLocale();
    }

    private static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
