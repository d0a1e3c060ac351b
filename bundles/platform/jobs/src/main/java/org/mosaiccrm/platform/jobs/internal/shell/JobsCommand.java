package org.mosaiccrm.platform.jobs.internal.shell;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.mosaiccrm.platform.job.JobStatus;
import org.mosaiccrm.platform.job.Jobs;

/** {@code crm:jobs}: every job with its schedule, next and last run, outcome and failures. */
@Service
@Command(scope = "crm", name = "jobs", description = "Lists the scheduled and background jobs with their last and next run")
public class JobsCommand implements Action {

    /** Dates as everywhere in the CRM: ISO, to the second, in the server's time zone. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    @Reference
    Jobs jobs;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Job");
        table.column("Schedule");
        table.column("Next run");
        table.column("Last start");
        table.column("Last end");
        table.column("Outcome");
        table.column("Node");
        table.column("Runs");
        table.column("Failures");
        table.column("Last error").maxSize(60);
        for (JobStatus job : jobs.statuses()) {
            table.addRow().addContent(job.id(), job.schedule() == null ? "once" : job.schedule(), time(job.nextRun()),
                    time(job.lastStart()), time(job.lastEnd()), job.lastOutcome(), job.lastNode() == null ? "" : job.lastNode(),
                    job.runs(), job.failures(), job.lastError() == null ? "" : job.lastError());
        }
        table.print(System.out);
        return null;
    }

    private static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }
}
