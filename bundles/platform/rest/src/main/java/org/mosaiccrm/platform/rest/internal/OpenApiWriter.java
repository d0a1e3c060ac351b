package org.mosaiccrm.platform.rest.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Writes the OpenAPI 3.0 document of resource classes from their Jakarta REST annotations: paths,
 * methods, path and query parameters, and the shape of request and response bodies read from their
 * records (fields, enums' values, dates). The result is plain maps and strings: no class is kept, so a
 * module's classes are free to go with it (swagger-core, tried first, keeps the types it met in static
 * caches and so held uninstalled modules' class loaders).
 */
final class OpenApiWriter {

    /** How deep nested records are described; deeper ones are plain objects. */
    private static final int DEPTH = 4;

    private OpenApiWriter() {
    }

    static Map<String, Object> document(Collection<Class<?>> resources) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("openapi", "3.0.3");
        document.put("info", Map.of("title", "Mosaic CRM API", "version", "1", "description",
                "The CRM's data for other systems. Every call carries an API token (Authorization: Bearer <token>) and acts as"
                        + " its user, limited to the token's permissions. Errors are application/problem+json (RFC 9457)."));
        document.put("servers", List.of(Map.of("url", "/api")));
        document.put("security", List.of(Map.of("token", List.of())));
        Map<String, Map<String, Object>> paths = new TreeMap<>();
        List<Class<?>> ordered = new ArrayList<>(resources);
        ordered.sort(Comparator.comparing(Class::getName));
        for (Class<?> resource : ordered) {
            String root = pathOf(resource.getAnnotation(Path.class));
            String tag = resource.getSimpleName().replace("Resource", "");
            Method[] methods = resource.getMethods();
            java.util.Arrays.sort(methods, Comparator.comparing(Method::getName));
            for (Method method : methods) {
                String verb = verbOf(method);
                if (verb == null || Modifier.isStatic(method.getModifiers())) {
                    continue;
                }
                String path = "/" + join(root, pathOf(method.getAnnotation(Path.class)));
                paths.computeIfAbsent(path, key -> new TreeMap<>()).put(verb.toLowerCase(Locale.ROOT), operation(tag, method));
            }
        }
        document.put("paths", paths);
        document.put("components", Map.of(
                "securitySchemes", Map.of("token", Map.of("type", "http", "scheme", "bearer",
                        "description", "A personal API token from the API tokens page")),
                "schemas", Map.of("Problem", problem())));
        return document;
    }

    private static Map<String, Object> operation(String tag, Method method) {
        Map<String, Object> operation = new LinkedHashMap<>();
        operation.put("tags", List.of(tag));
        operation.put("operationId", Character.toLowerCase(tag.charAt(0)) + tag.substring(1) + "_" + method.getName());
        List<Map<String, Object>> parameters = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            PathParam inPath = parameter.getAnnotation(PathParam.class);
            QueryParam inQuery = parameter.getAnnotation(QueryParam.class);
            if (inPath != null) {
                parameters.add(Map.of("name", inPath.value(), "in", "path", "required", true, "schema", schema(parameter.getParameterizedType(), 0)));
            } else if (inQuery != null) {
                parameters.add(Map.of("name", inQuery.value(), "in", "query", "required", false,
                        "schema", schema(parameter.getParameterizedType(), 0)));
            } else if (parameter.getAnnotation(Context.class) == null) {
                operation.put("requestBody", Map.of("required", true, "content",
                        Map.of(MediaType.APPLICATION_JSON, Map.of("schema", schema(parameter.getParameterizedType(), 0)))));
            }
        }
        if (!parameters.isEmpty()) {
            operation.put("parameters", parameters);
        }
        Map<String, Object> success = new LinkedHashMap<>();
        success.put("description", "Done");
        Produces produces = method.getAnnotation(Produces.class);
        String media = produces == null || produces.value().length == 0 ? MediaType.APPLICATION_JSON : produces.value()[0];
        if (method.getReturnType() != Response.class && method.getReturnType() != void.class) {
            success.put("content", Map.of(media, Map.of("schema", schema(method.getGenericReturnType(), 0))));
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("2XX", success);
        responses.put("default", Map.of("description", "Refused: see the problem's key and title",
                "content", Map.of("application/problem+json", Map.of("schema", Map.of("$ref", "#/components/schemas/Problem")))));
        operation.put("responses", responses);
        return operation;
    }

    /** The JSON shape of {@code type} as the API's mapper writes it. */
    static Map<String, Object> schema(Type type, int depth) {
        if (type instanceof ParameterizedType generic) {
            Class<?> raw = (Class<?>) generic.getRawType();
            if (Collection.class.isAssignableFrom(raw)) {
                return Map.of("type", "array", "items", schema(generic.getActualTypeArguments()[0], depth + 1));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return Map.of("type", "object");
            }
            if (raw.isRecord()) {
                return record(raw, generic, depth);
            }
            return schema(raw, depth);
        }
        if (!(type instanceof Class<?> plain)) {
            return Map.of("type", "object");
        }
        if (plain == String.class || plain == char.class || plain == Character.class) {
            return Map.of("type", "string");
        }
        if (plain == int.class || plain == Integer.class || plain == short.class || plain == Short.class) {
            return Map.of("type", "integer", "format", "int32");
        }
        if (plain == long.class || plain == Long.class) {
            return Map.of("type", "integer", "format", "int64");
        }
        if (plain == BigDecimal.class || plain == double.class || plain == Double.class || plain == float.class || plain == Float.class) {
            return Map.of("type", "number");
        }
        if (plain == boolean.class || plain == Boolean.class) {
            return Map.of("type", "boolean");
        }
        if (plain == LocalDate.class) {
            return Map.of("type", "string", "format", "date");
        }
        if (plain == Instant.class) {
            return Map.of("type", "string", "format", "date-time");
        }
        if (plain == byte[].class) {
            return Map.of("type", "string", "format", "binary");
        }
        if (plain.isEnum()) {
            List<String> values = new ArrayList<>();
            for (Object constant : plain.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
            return Map.of("type", "string", "enum", values);
        }
        if (plain.isArray()) {
            return Map.of("type", "array", "items", schema(plain.getComponentType(), depth + 1));
        }
        if (Collection.class.isAssignableFrom(plain)) {
            return Map.of("type", "array", "items", Map.of());
        }
        if (plain.isRecord()) {
            return record(plain, null, depth);
        }
        return Map.of("type", "object");
    }

    private static Map<String, Object> record(Class<?> type, ParameterizedType generic, int depth) {
        if (depth >= DEPTH) {
            return Map.of("type", "object");
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Type componentType = component.getGenericType();
            if (generic != null && componentType instanceof java.lang.reflect.TypeVariable<?> variable) {
                componentType = generic.getActualTypeArguments()[List.of(type.getTypeParameters()).indexOf(variable)];
            } else if (generic != null && componentType instanceof ParameterizedType inner
                    && inner.getActualTypeArguments()[0] instanceof java.lang.reflect.TypeVariable<?> variable) {
                Type actual = generic.getActualTypeArguments()[List.of(type.getTypeParameters()).indexOf(variable)];
                properties.put(component.getName(), Map.of("type", "array", "items", schema(actual, depth + 1)));
                continue;
            }
            properties.put(component.getName(), schema(componentType, depth + 1));
        }
        return Map.of("type", "object", "properties", properties);
    }

    private static Map<String, Object> problem() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("type", Map.of("type", "string"));
        properties.put("title", Map.of("type", "string", "description", "What went wrong, in the caller's language"));
        properties.put("status", Map.of("type", "integer", "format", "int32"));
        properties.put("key", Map.of("type", "string", "description", "The message key: what a program tests"));
        properties.put("field", Map.of("type", "string", "description", "The field the refusal is about"));
        return Map.of("type", "object", "properties", properties);
    }

    private static String verbOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static String pathOf(Path path) {
        return path == null ? "" : path.value().replaceAll("^/+|/+$", "");
    }

    private static String join(String root, String sub) {
        return root.isEmpty() ? sub : sub.isEmpty() ? root : root + "/" + sub;
    }
}
