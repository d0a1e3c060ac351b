package org.mosaiccrm.platform.approvals.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.mosaiccrm.platform.approval.ApprovalStep;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A flow's steps as the JSON kept in {@code PLT_APPROVAL_FLOW.STEPS} (Jackson reads and writes the API's records). */
final class StepsJson {

    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final TypeReference<List<ApprovalStep>> STEPS = new TypeReference<>() {
    };

    private StepsJson() {
    }

    static String write(List<ApprovalStep> steps) {
        try {
            return JSON.writeValueAsString(steps);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ApprovalStep> read(String json) {
        try {
            return JSON.readValue(json, STEPS);
        } catch (IOException e) {
            throw new UncheckedIOException("approval flow steps", e);
        }
    }
}
