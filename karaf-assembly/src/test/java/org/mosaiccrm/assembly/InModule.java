package org.mosaiccrm.assembly;

import org.osgi.framework.BundleContext;

/**
 * A part of a Karaf scenario written against a module's own API, compiled like any test and run
 * through {@link ModuleCode}: {@code I} and {@code O} are platform or JDK types, which the probe and
 * the part share; everything between is the module's typed API, checked by the compiler.
 */
@FunctionalInterface
public interface InModule<I, O> {

    O run(BundleContext context, I input) throws Exception;
}
