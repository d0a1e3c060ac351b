package org.mosaiccrm.platform.security.service.internal.audit;

import java.util.ArrayList;
import java.util.List;

import org.mosaiccrm.platform.audit.FieldChange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Field changes as JSON in one column. Long values are cut so one entry always fits the column:
 * the log records that a value changed even when it cannot keep all of it.
 */
final class ChangesCodec {

    static final int MAX_VALUE = 1000;
    static final int MAX_TOTAL = 32000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<FieldChange>> LIST = new TypeReference<>() {
    };

    private ChangesCodec() {
    }

    static String encode(List<FieldChange> changes) {
        List<FieldChange> cut = new ArrayList<>(changes.size());
        for (FieldChange change : changes) {
            cut.add(new FieldChange(cut(change.field(), 100), cut(change.before(), MAX_VALUE), cut(change.after(), MAX_VALUE)));
        }
        try {
            String json = JSON.writeValueAsString(cut);
            while (json.length() > MAX_TOTAL && !cut.isEmpty()) {
                cut.remove(cut.size() - 1);
                json = JSON.writeValueAsString(cut);
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot encode audit changes", e);
        }
    }

    static List<FieldChange> decode(String json) {
        try {
            return JSON.readValue(json, LIST);
        } catch (JsonProcessingException e) {
            // an altered row may not even be JSON; verify() reports it, the viewer shows the raw text
            return List.of(new FieldChange("?", null, json));
        }
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
