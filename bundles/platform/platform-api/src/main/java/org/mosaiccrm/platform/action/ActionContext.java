package org.mosaiccrm.platform.action;

import java.util.Map;

/**
 * The record an action is offered on.
 *
 * @param recordType type of the record, e.g. {@code sales.opportunity}
 * @param recordId   its id
 * @param attributes further facts the screen passes on (e.g. the customer id)
 */
public record ActionContext(String recordType, long recordId, Map<String, Object> attributes) {

    public ActionContext {
        attributes = Map.copyOf(attributes);
    }
}
