package org.mosaiccrm.assembly.shared;

import org.junit.runner.RunWith;
import org.mosaiccrm.assembly.MosaicKarafTestSupport;
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

    @Configuration
    public Option[] config() {
        return baseConfig();
    }
}
