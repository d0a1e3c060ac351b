package org.mosaiccrm.assembly;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestFactory;
import org.junit.runner.JUnitCore;
import org.junit.runner.Result;
import org.junit.runner.notification.Failure;
import org.opentest4j.AssertionFailedError;

/**
 * The Pax Exam scenarios whose subject is a Karaf of their own, run one after the other by JUnit 4's
 * runner as one class of the browser tests' run. Left to the JUnit Platform's vintage engine they ran
 * before the first browser class (the platform runs one engine after the other) and kept the second
 * core idle for a minute; here they run beside the browser classes. Their Karafs take ports of their
 * own ({@link FreePorts}) and need no lock. The failsafe execution leaves them out of its own run
 * (karaf-assembly/pom.xml, the same two names); {@code -Dit.test=RestartIT} still runs one alone.
 */
// the run's order (ClassOrderer.OrderAnnotation): two boots of its own, no lock: beside the leak check
@Order(2)
class OwnKarafScenariosIT {

    private static final List<Class<?>> SCENARIOS = List.of(RestartIT.class, PostgreSqlIT.class);

    @TestFactory
    Stream<DynamicTest> eachInAKarafOfItsOwn() {
        return SCENARIOS.stream().map(scenario -> DynamicTest.dynamicTest(scenario.getSimpleName(), () -> run(scenario)));
    }

    private static void run(Class<?> scenario) {
        Result result = new JUnitCore().run(scenario);
        assertTrue(result.getRunCount() > 0, scenario.getSimpleName() + " ran no test");
        if (!result.wasSuccessful()) {
            String all = result.getFailures().stream().map(Failure::toString).collect(Collectors.joining("\n"));
            throw new AssertionFailedError(result.getFailureCount() + " of " + result.getRunCount() + " failed:\n" + all,
                    result.getFailures().get(0).getException());
        }
    }
}
