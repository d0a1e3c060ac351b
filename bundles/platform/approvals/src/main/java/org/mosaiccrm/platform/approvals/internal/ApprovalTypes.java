package org.mosaiccrm.platform.approvals.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.mosaiccrm.platform.approval.ApprovableRecords;
import org.mosaiccrm.platform.approval.Approvals;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * The approvable record types of the installed modules (whiteboard). A type whose module is gone keeps
 * its flows and requests; its records are out of reach until it comes back.
 */
@Component(service = ApprovalTypes.class)
public class ApprovalTypes {

    private final Map<String, ApprovableRecords> types = new ConcurrentHashMap<>();
    /** Tells open "My approvals" pages that a type came or went (null in service tests). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EventAdmin events;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addType(ApprovableRecords records) {
        types.put(records.recordType(), records);
        changed(records.recordType());
    }

    void removeType(ApprovableRecords records) {
        types.remove(records.recordType(), records);
        changed(records.recordType());
    }

    private void changed(String recordType) {
        EventAdmin admin = events;
        if (admin != null) {
            admin.postEvent(new Event(Approvals.TYPES_CHANGED, Map.of("recordType", recordType)));
        }
    }

    Optional<ApprovableRecords> of(String recordType) {
        return Optional.ofNullable(types.get(recordType));
    }

    List<ApprovableRecords> all() {
        return List.copyOf(types.values());
    }

    List<String> installed() {
        return List.copyOf(types.keySet());
    }
}
