package org.mosaiccrm.platform.module;

import java.io.InputStream;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Modules delivered as Karaf archives (KAR files): uploaded on the Modules page or dropped into
 * the container's {@code deploy/} folder. A package signed by a trusted vendor, or whose SHA-256
 * checksum operators listed, installs at once; any other waits, nothing of it started, until a
 * user administrator approves it. Every method needs {@link ModuleManager#PERMISSION_ADMINISTER}.
 */
@ProviderType
public interface ModuleDelivery {

    /** The packages received, newest first. */
    List<ModulePackage> packages();

    /**
     * Takes a package: installs its modules when its vendor is trusted, else keeps it waiting.
     *
     * @throws ModuleChangeException when the file is not a readable KAR; nothing is kept then
     */
    ModulePackage receive(String fileName, InputStream content);

    /**
     * Installs the modules of a waiting package: the administrator's explicit approval.
     *
     * @return the package afterwards: installed, or refused with the reason
     * @throws ModuleChangeException when the package is not waiting or its signature is broken
     */
    ModulePackage approve(String packageId);

    /** Forgets a package that is waiting or was refused, and deletes its file. */
    void discard(String packageId);
}
