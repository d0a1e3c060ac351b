package org.mosaiccrm.assembly.shared;

import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.runner.RunWith;
import org.mosaiccrm.assembly.MosaicKarafTestSupport;
import org.mosaiccrm.assembly.TestMailServer;
import org.mosaiccrm.assembly.TestUsers;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.Subject;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * One Karaf for every scenario class of this package: Pax Exam boots the assembly before the first
 * class and stops it after the last (they run in a failsafe execution of their own, see the
 * assembly's pom). A scenario therefore leaves the container as a user would leave a running CRM:
 * its own users (names of its own), its own data, and every module it uninstalled installed again.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public abstract class SharedKarafTestSupport extends MosaicKarafTestSupport {

    private Subject admin;

    @Configuration
    public Option[] config() {
        // runs in the test JVM only: the scenarios' mail goes to GreenMail there
        Option[] mail = TestMailServer.configuration().entrySet().stream()
                .map(entry -> editConfigurationFilePut("etc/org.mosaiccrm.mail.cfg", entry.getKey(), entry.getValue()))
                .toArray(Option[]::new);
        // webhooks to the scenarios' receivers on 127.0.0.1, retried after a second, looked at every 2 s
        Option[] webhooks = {
            editConfigurationFilePut("etc/org.mosaiccrm.webhooks.cfg", "allowLoopback", "true"),
            editConfigurationFilePut("etc/org.mosaiccrm.webhooks.cfg", "firstRetrySeconds", "1"),
            editConfigurationFilePut("etc/org.mosaiccrm.webhooks.cfg", "mosaic.job.schedule", "0/2 * * * * ?") };
        return baseConfig(Stream.concat(Arrays.stream(mail), Arrays.stream(webhooks))
                .toArray(Option[]::new));
    }

    /** Plain sales reps of the scenario's own names (users outlive a scenario in the shared boot). */
    protected final Subject[] salesReps(String... usernames) throws Exception {
        TestUsers users = new TestUsers(bundleContext);
        Subject[] reps = new Subject[usernames.length];
        for (int i = 0; i < usernames.length; i++) {
            reps[i] = users.user(usernames[i], null, "sales-rep");
        }
        return reps;
    }

    /** Work done as the built-in administrator (user administration, modules, packages), signed in once per scenario. */
    protected final <T> T asAdmin(Supplier<T> work) {
        if (admin == null) {
            try {
                admin = new TestUsers(bundleContext).admin();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the security services", e);
            }
        }
        return CurrentSubject.callAs(admin, work);
    }
}
