/**
 * The platform's one job service: scheduled jobs (a whiteboard of {@link org.mosaiccrm.platform.job.ScheduledJob}
 * services with a cron schedule, each firing run once even when several nodes share one database) and
 * one-off background work ({@link org.mosaiccrm.platform.job.Jobs#runOnce}). No module starts threads of
 * its own. See docs/architecture.md, "Jobs".
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.mosaiccrm.platform.job;
