package org.mosaiccrm.platform.jobs.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.mosaiccrm.platform.job.Jobs;

/** {@code crm:job-run ID}: runs a scheduled job now on this node, under its lease. */
@Service
@Command(scope = "crm", name = "job-run", description = "Runs a scheduled job now on this node (not while another run holds its lease)")
public class JobRunCommand implements Action {

    @Argument(index = 0, name = "job", description = "The job's id, as crm:jobs lists it", required = true)
    String job;

    @Reference
    Jobs jobs;

    @Override
    public Object execute() {
        try {
            System.out.println(jobs.runNow(job) ? "Job " + job + " ran; crm:jobs shows its outcome."
                    : "Job " + job + " is running elsewhere right now; nothing was started.");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        return null;
    }
}
