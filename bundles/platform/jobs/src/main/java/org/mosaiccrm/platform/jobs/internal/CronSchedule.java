package org.mosaiccrm.platform.jobs.internal;

import java.time.Instant;
import java.time.ZoneId;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;

/** A Quartz cron expression (cron-utils), as Karaf's own scheduler reads them, in the server's time zone. */
final class CronSchedule {

    private static final CronParser QUARTZ = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.QUARTZ));

    private final String expression;
    private final ExecutionTime executionTime;
    private final ZoneId zone;

    private CronSchedule(String expression, ExecutionTime executionTime, ZoneId zone) {
        this.expression = expression;
        this.executionTime = executionTime;
        this.zone = zone;
    }

    /** @throws IllegalArgumentException with the reason, if {@code expression} is not a valid Quartz cron expression */
    static CronSchedule parse(String expression, ZoneId zone) {
        if (expression == null || expression.isBlank()) {
            throw new IllegalArgumentException("no schedule (service property " + org.mosaiccrm.platform.job.ScheduledJob.SCHEDULE + ")");
        }
        try {
            return new CronSchedule(expression.trim(), ExecutionTime.forCron(QUARTZ.parse(expression.trim()).validate()), zone);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a Quartz cron expression: '" + expression + "' (" + e.getMessage() + ")", e);
        }
    }

    /** The first firing strictly after {@code after}, or {@code null} if there is none. */
    Instant nextAfter(Instant after) {
        return executionTime.nextExecution(after.atZone(zone)).map(t -> t.toInstant()).orElse(null);
    }

    String expression() {
        return expression;
    }
}
