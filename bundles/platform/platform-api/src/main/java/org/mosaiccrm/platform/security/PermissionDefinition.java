package org.mosaiccrm.platform.security;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A permission a module declares, so that roles can grant it as soon as the module is installed.
 * Ids read {@code <module>.<action>} or {@code <module>.<resource>.<action>}, lower case, e.g.
 * {@code customer.read}, {@code contract.amount.read}. A sensitive field is guarded by a permission
 * of its own ({@link #sensitiveField}); services leave the field out for users without it.
 *
 * @param id             the permission id
 * @param module         the declaring module id
 * @param action         what it allows
 * @param sensitiveField whether it guards a sensitive field rather than whole records
 */
public record PermissionDefinition(String id, String module, Action action, boolean sensitiveField) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

    public PermissionDefinition {
        Objects.requireNonNull(action, "action");
        if (id == null || !ID.matcher(id).matches() || !id.startsWith(module + ".")) {
            throw new IllegalArgumentException("Permission id must read <module>.[<resource>.]<action>: " + id);
        }
    }

    /** {@code <module>.<action>}, e.g. {@code customer.read}. */
    public static PermissionDefinition of(String module, Action action) {
        return new PermissionDefinition(module + "." + action.id(), module, action, false);
    }

    /** {@code <module>.<resource>.<action>}, e.g. {@code security.users.administer}. */
    public static PermissionDefinition of(String module, String resource, Action action) {
        return new PermissionDefinition(module + "." + resource + "." + action.id(), module, action, false);
    }

    /** Permission to see a sensitive field, e.g. {@code contract.amount.read}. */
    public static PermissionDefinition sensitiveField(String module, String field) {
        return new PermissionDefinition(module + "." + field + "." + Action.READ.id(), module, Action.READ, true);
    }

    /** The i18n key of the permission's label: {@code permission.<id>}. */
    public String titleKey() {
        return "permission." + id;
    }
}
