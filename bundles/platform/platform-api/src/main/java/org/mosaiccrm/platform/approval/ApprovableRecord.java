package org.mosaiccrm.platform.approval;

import java.util.Map;

/**
 * A record as approval sees it.
 *
 * @param ownerId whose record it is (their team lead is the "team lead" of a flow)
 * @param title   how lists name it ({@code "Q-2026-0042 北京星辰科技"})
 * @param route   where it is opened in the CRM ({@code "<module>/<records>/42"})
 * @param values  the fields conditions test, by {@link ApprovalField#name()}: numbers as {@code BigDecimal}, else text
 */
public record ApprovableRecord(long id, long ownerId, String title, String route, Map<String, Object> values) {

    public ApprovableRecord {
        values = Map.copyOf(values);
    }
}
