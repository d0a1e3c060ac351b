package org.mosaiccrm.platform.rest.internal;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsMediaType;

import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;

/** Reads and writes every resource's JSON with the API's mapper ({@link ApiJson}). */
@Component(service = { MessageBodyReader.class, MessageBodyWriter.class })
@JakartarsExtension
@JakartarsMediaType({ MediaType.APPLICATION_JSON, "application/problem+json" })
public class JsonProvider extends JacksonJsonProvider {

    public JsonProvider() {
        super(ApiJson.mapper());
    }
}
