package org.mosaiccrm.platform.security;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A role a module brings (the customer core's "Sales rep", a vendor's "Loyalty clerk"): created as a
 * built-in role when the module is first installed, kept with its holders when the module goes. The
 * label shown is the translation {@code role.<code>} the module ships, else {@code name}.
 *
 * @param code the role's code, lower case with hyphens, e.g. {@code sales-rep}
 * @param name the English name, stored with the role
 * @since 3.0
 */
public record RoleTemplate(String code, String name) {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    public RoleTemplate {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Role code must be lower case letters, digits and hyphens: " + code);
        }
        Objects.requireNonNull(name, "name");
    }
}
