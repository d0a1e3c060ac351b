package org.mosaiccrm.assembly;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.Subject;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Calls a module's service by its interface name, as a user. The test probe must not wire to a
 * module's API package: uninstalling the module would then refresh the probe itself.
 */
public final class ServiceByName {

    private final BundleContext context;
    private final String service;

    public ServiceByName(BundleContext context, String service) {
        this.context = context;
        this.service = service;
    }

    public boolean isUp() {
        return context.getServiceReference(service) != null;
    }

    /** Calls {@code method} as {@code subject}; the service's own runtime exceptions come through as they are. */
    public Object call(Subject subject, String method, Class<?>[] types, Object... args) {
        return CurrentSubject.callAs(subject, () -> call(method, types, args));
    }

    private Object call(String method, Class<?>[] types, Object... args) {
        ServiceReference<?> reference = context.getServiceReference(service);
        if (reference == null) {
            throw new IllegalStateException(service + " is not running");
        }
        Object instance = context.getService(reference);
        try {
            Method m = instance.getClass().getMethod(method, types);
            return m.invoke(instance, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        } finally {
            context.ungetService(reference);
        }
    }

    /** Reads a record component or getter of a value the service returned. */
    public static Object read(Object target, String accessor) {
        try {
            Method m = target.getClass().getMethod(accessor);
            m.setAccessible(true);
            return m.invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
