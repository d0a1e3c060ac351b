package org.mosaiccrm.platform.ui.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.runtime.ObjectMethods;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JDK 17 keeps, in the one-slot {@code asTypeCache} of static method handles used by
 * {@link ObjectMethods}, the record type of the last record whose {@code equals}, {@code hashCode}
 * or {@code toString} was bootstrapped (JDK-8078641, fixed in 18). If that record belongs to a
 * removed module, its class loader stays reachable. Bootstrapping the three methods once more for
 * a record of the host overwrites those slots.
 */
final class RecordMethodsFlush {

    private static final Logger LOGGER = LoggerFactory.getLogger(RecordMethodsFlush.class);

    /** Components of several kinds, so that the per-type handles are overwritten too. */
    private record Flush(boolean z, int i, long j, double d, Object o) {
    }

    private RecordMethodsFlush() {
    }

    static void flush() {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            MethodHandle[] getters = {
                lookup.findGetter(Flush.class, "z", boolean.class),
                lookup.findGetter(Flush.class, "i", int.class),
                lookup.findGetter(Flush.class, "j", long.class),
                lookup.findGetter(Flush.class, "d", double.class),
                lookup.findGetter(Flush.class, "o", Object.class) };
            String names = "z;i;j;d;o";
            ObjectMethods.bootstrap(lookup, "equals", MethodType.methodType(boolean.class, Flush.class, Object.class),
                    Flush.class, names, getters);
            ObjectMethods.bootstrap(lookup, "hashCode", MethodType.methodType(int.class, Flush.class),
                    Flush.class, names, getters);
            ObjectMethods.bootstrap(lookup, "toString", MethodType.methodType(String.class, Flush.class),
                    Flush.class, names, getters);
        } catch (Throwable e) {
            LOGGER.warn("Cannot flush the JDK's record-method caches: {}", e.toString());
        }
    }
}
