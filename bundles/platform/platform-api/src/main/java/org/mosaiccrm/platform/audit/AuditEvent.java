package org.mosaiccrm.platform.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Something to write to the audit log. Who, when and from where are added by the log from the
 * calling thread's subject. Values of fields whose name mentions a password, secret or token are
 * replaced by {@value #REDACTED}, so a secret never reaches the log.
 *
 * @param category   {@link #DATA}, {@link #SECURITY} or {@link #MODULE}
 * @param action     what happened, e.g. {@code CREATED}, {@code login.failure}
 * @param module     the module the record belongs to
 * @param recordType e.g. {@code Customer}; may be empty
 * @param recordId   the record's id; may be empty
 * @param changes    changed fields with before and after values
 */
public record AuditEvent(String category, String action, String module, String recordType, String recordId,
        List<FieldChange> changes) {

    public static final String DATA = "DATA";
    public static final String SECURITY = "SECURITY";
    public static final String MODULE = "MODULE";
    public static final String REDACTED = "[redacted]";

    public AuditEvent {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(action, "action");
        module = module == null ? "" : module;
        recordType = recordType == null ? "" : recordType;
        recordId = recordId == null ? "" : recordId;
        changes = changes == null ? List.of() : changes.stream().map(AuditEvent::redact).toList();
    }

    /** A record was created; {@code after} holds its fields. */
    public static AuditEvent created(String module, String recordType, Object id, Map<String, ?> after) {
        return new AuditEvent(DATA, "CREATED", module, recordType, String.valueOf(id), diff(Map.of(), after));
    }

    /** A record was changed; only fields whose value differs are kept. */
    public static AuditEvent updated(String module, String recordType, Object id, Map<String, ?> before,
            Map<String, ?> after) {
        return new AuditEvent(DATA, "UPDATED", module, recordType, String.valueOf(id), diff(before, after));
    }

    /** A record was deleted; {@code before} holds its last fields. */
    public static AuditEvent deleted(String module, String recordType, Object id, Map<String, ?> before) {
        return new AuditEvent(DATA, "DELETED", module, recordType, String.valueOf(id), diff(before, Map.of()));
    }

    /** A security event (login, denial, user or role change) with optional details. */
    public static AuditEvent security(String action, String recordType, Object id, List<FieldChange> details) {
        return new AuditEvent(SECURITY, action, "security", recordType, id == null ? "" : String.valueOf(id), details);
    }

    /** Whether the event carries no change worth recording (an update that changed nothing). */
    public boolean isEmptyUpdate() {
        return "UPDATED".equals(action) && changes.isEmpty();
    }

    static List<FieldChange> diff(Map<String, ?> before, Map<String, ?> after) {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String old = text(before.get(field));
            String now = text(after.get(field));
            if (!Objects.equals(old, now)) {
                changes.add(new FieldChange(field, old, now));
            }
        }
        return changes;
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static FieldChange redact(FieldChange change) {
        String name = change.field().toLowerCase(Locale.ROOT);
        if (name.contains("password") || name.contains("secret") || name.contains("token")) {
            return new FieldChange(change.field(), change.before() == null ? null : REDACTED,
                    change.after() == null ? null : REDACTED);
        }
        return change;
    }
}
