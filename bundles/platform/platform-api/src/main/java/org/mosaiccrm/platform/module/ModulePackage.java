package org.mosaiccrm.platform.module;

import java.time.Instant;
import java.util.List;

/**
 * A received module package (KAR file).
 *
 * @param id         the SHA-256 checksum of the file, in hex
 * @param fileName   the file's name as delivered
 * @param receivedAt when it arrived
 * @param via        how: {@code deploy folder} or {@code upload by <user>}
 * @param trusted    whether its vendor or checksum is on the operators' trust list
 * @param origin     who made it, in plain words: the trusted vendor, the signer of an unknown
 *                   signature, or that it is unsigned
 * @param state      where it stands
 * @param modules    the modules it holds, as {@code id version}
 * @param problem    why it was refused, in plain words; else empty
 */
public record ModulePackage(String id, String fileName, Instant receivedAt, String via, boolean trusted, String origin,
        PackageState state, List<String> modules, String problem) {

    public ModulePackage {
        modules = List.copyOf(modules);
        problem = problem == null ? "" : problem;
    }

    /** Where a package stands. */
    public enum PackageState {
        /** From an unknown source: kept, nothing started, until approved. */
        WAITING_FOR_APPROVAL,
        /** Its modules are installed. */
        INSTALLED,
        /** It cannot be installed; {@link ModulePackage#problem()} says why. Nothing of it was kept installed. */
        REFUSED,
        /** Its file was taken out of the deploy folder, so its modules were uninstalled (their data kept). */
        REMOVED
    }
}
