package org.mosaiccrm.platform.module;

import java.nio.file.Path;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A platform service that keeps data for modules outside their own tables (the files attached to
 * their records, say), registered as an OSGi service. When an operator purges a module's data, the
 * module's tables are backed up and dropped first; then each participant is called to put its share
 * beside that backup and remove it, so that nothing of the module is left and nothing is lost.
 */
@ConsumerType
public interface ModulePurgeParticipant {

    /**
     * Copies what it keeps for the module into {@code backup} (the folder of the backup just taken)
     * and removes it.
     *
     * @param moduleId the module, as its bundles name it in {@link ModuleHeaders#MODULE}
     * @param backup   the backup's folder; a participant writes only below a folder of its own name there
     * @return what was removed, in words for the operator's log, e.g. {@code "3 files"}; empty when nothing
     */
    String purge(String moduleId, Path backup);
}
