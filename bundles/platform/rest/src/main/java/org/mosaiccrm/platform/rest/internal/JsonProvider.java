package org.mosaiccrm.platform.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsMediaType;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads and writes every resource's JSON with the API's mapper ({@link ApiJson}). Jackson keeps what
 * it learnt of each class; when a module's resources go, the mapper is replaced, so that no class of an
 * uninstalled module stays reachable (its class loader could not be collected). Written here rather
 * than taken from jackson-jakarta-rs, whose provider keeps a cache of classes of its own that cannot be
 * emptied.
 */
@Component(service = { MessageBodyReader.class, MessageBodyWriter.class, JsonProvider.class })
@JakartarsExtension
@JakartarsMediaType({ MediaType.APPLICATION_JSON, "application/problem+json" })
@Consumes({ MediaType.APPLICATION_JSON, "application/problem+json" })
@Produces({ MediaType.APPLICATION_JSON, "application/problem+json" })
public class JsonProvider implements MessageBodyReader<Object>, MessageBodyWriter<Object> {

    private final AtomicReference<ObjectMapper> mapper = new AtomicReference<>(ApiJson.mapper());

    /** Forgets every class the mapper has met (its type cache is its own: {@link ApiJson#mapper()}). */
    void forgetClasses() {
        mapper.set(ApiJson.mapper());
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return json(mediaType) && type != String.class && !InputStream.class.isAssignableFrom(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        ObjectMapper current = mapper.get();
        return current.readValue(body, current.constructType(genericType));
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return json(mediaType) && type != String.class && type != byte[].class;
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream body) throws IOException {
        ObjectMapper current = mapper.get();
        current.writerFor(current.constructType(genericType)).writeValue(body, value);
    }

    private static boolean json(MediaType mediaType) {
        return mediaType == null || "json".equals(mediaType.getSubtype()) || mediaType.getSubtype().endsWith("+json");
    }
}
