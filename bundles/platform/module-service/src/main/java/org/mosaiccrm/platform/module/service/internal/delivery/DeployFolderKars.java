package org.mosaiccrm.platform.module.service.internal.delivery;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Locale;

import org.apache.felix.fileinstall.ArtifactInstaller;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * KAR files in the container's {@code deploy/} folder go to the {@link PackageInbox}: Karaf's own
 * KAR deployer is left out of the assembly, so no package starts without its trust check.
 */
@Component(service = ArtifactInstaller.class)
public class DeployFolderKars implements ArtifactInstaller {

    private final PackageInbox inbox;

    @Activate
    public DeployFolderKars(@Reference PackageInbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public boolean canHandle(File artifact) {
        return artifact.getName().toLowerCase(Locale.ROOT).endsWith(".kar");
    }

    @Override
    public void install(File artifact) throws IOException {
        try (InputStream in = Files.newInputStream(artifact.toPath())) {
            inbox.receive(artifact.getName(), in, PackageInbox.VIA_DEPLOY_FOLDER);
        }
    }

    /** A changed file is a new package (a new checksum); its modules are updated when it is trusted or approved. */
    @Override
    public void update(File artifact) throws IOException {
        install(artifact);
    }

    @Override
    public void uninstall(File artifact) {
        inbox.removedFromDeployFolder(artifact.getName());
    }
}
