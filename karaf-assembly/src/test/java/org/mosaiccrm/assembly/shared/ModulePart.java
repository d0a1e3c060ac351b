package org.mosaiccrm.assembly.shared;

import java.util.function.Supplier;

import org.mosaiccrm.assembly.InModule;
import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.Subject;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Base of the scenarios' typed parts (run by {@code ModuleCode} through a module's class loader: the
 * sales parts in {@code shared/sales}, the contract parts in {@code shared/contract}): the module's
 * services as they are registered now, and work done as a user.
 */
public abstract class ModulePart<I, O> implements InModule<I, O> {

    private BundleContext context;

    @Override
    public final O run(BundleContext context, I input) throws Exception {
        this.context = context;
        return run(input);
    }

    protected abstract O run(I input) throws Exception;

    /** The registered service of that type, waiting up to 30 s for it. */
    protected <T> T service(Class<T> type) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            ServiceReference<T> reference = context.getServiceReference(type);
            T service = reference == null ? null : context.getService(reference);
            if (service != null) {
                return service;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + type.getName() + " after 30 s");
            }
            Thread.sleep(100);
        }
    }

    /** Waits until {@code condition} holds, failing after 30 s. */
    protected static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after 30 s: " + what);
            }
            Thread.sleep(100);
        }
    }

    protected static <T> T as(Subject subject, Supplier<T> work) {
        return CurrentSubject.callAs(subject, work);
    }
}
