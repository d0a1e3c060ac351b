package org.mosaiccrm.sales.service.internal;

import java.time.Instant;
import java.time.ZoneId;

/** Numbers people quote on the phone: prefix, year and id, e.g. {@code Q-2026-00050}. */
public final class DocumentNumbers {

    private DocumentNumbers() {
    }

    public static String of(String prefix, Instant at, long id) {
        return String.format("%s-%d-%05d", prefix, at.atZone(ZoneId.systemDefault()).getYear(), id);
    }
}
