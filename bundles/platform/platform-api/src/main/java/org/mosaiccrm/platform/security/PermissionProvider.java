package org.mosaiccrm.platform.security;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard service through which a module declares its permissions. The security module lists
 * them in the role editor while the module is installed; grants stay stored when it is removed.
 */
@ConsumerType
public interface PermissionProvider {

    List<PermissionDefinition> permissions();
}
