package org.mosaiccrm.assembly;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Runs test code compiled against a module's API inside Karaf. The test probe must never wire to a
 * module: uninstalling the module would refresh the probe and end the running test with it. So the
 * typed parts ({@link InModule}, kept in a package of their own) are defined by a class loader made
 * for one run, which takes the module's classes from the module's API bundle as installed now and
 * everything else (platform, customer core, JUnit) from the probe. After the module is reinstalled,
 * the next run sees the new bundle.
 */
public final class ModuleCode {

    private final BundleContext context;
    private final String apiBundle;
    private final String apiPackage;

    private ModuleCode(BundleContext context, String apiBundle, String apiPackage) {
        this.context = context;
        this.apiBundle = apiBundle;
        this.apiPackage = apiPackage;
    }

    /** Code for the module whose API bundle has that symbolic name and exports {@code apiPackage} (and its subpackages). */
    public static ModuleCode of(BundleContext context, String apiBundle, String apiPackage) {
        return new ModuleCode(context, apiBundle, apiPackage);
    }

    /** Runs {@code part} (a class with a public no-argument constructor) with {@code input}; returns its output. */
    public <I, O> O run(Class<? extends InModule<I, O>> part, I input) throws Exception {
        Bundle api = installedApi();
        PartLoader loader = new PartLoader(getClass().getClassLoader(), api, apiPackage, part.getPackageName());
        @SuppressWarnings("unchecked")
        InModule<I, O> instance = (InModule<I, O>) loader.loadClass(part.getName()).getConstructor().newInstance();
        return instance.run(context, input);
    }

    private Bundle installedApi() {
        for (Bundle bundle : context.getBundles()) {
            if (apiBundle.equals(bundle.getSymbolicName()) && bundle.getState() != Bundle.UNINSTALLED) {
                return bundle;
            }
        }
        throw new IllegalStateException("the module's API bundle " + apiBundle + " is not installed");
    }

    /** Parts' own package from the probe's bytes, the module's packages from its bundle, the rest from the probe. */
    private static final class PartLoader extends ClassLoader {

        private final ClassLoader probe;
        private final Bundle api;
        private final String apiPrefix;
        private final String partsPrefix;

        PartLoader(ClassLoader probe, Bundle api, String apiPackage, String partsPackage) {
            super(null);
            this.probe = Objects.requireNonNull(probe);
            this.api = api;
            this.apiPrefix = apiPackage + ".";
            this.partsPrefix = partsPackage + ".";
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    if (name.startsWith(partsPrefix)) {
                        loaded = definePart(name);
                    } else if (name.startsWith(apiPrefix)) {
                        loaded = api.loadClass(name);
                    } else {
                        loaded = probe.loadClass(name);
                    }
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        private Class<?> definePart(String name) throws ClassNotFoundException {
            try (InputStream in = probe.getResourceAsStream(name.replace('.', '/') + ".class")) {
                if (in == null) {
                    throw new ClassNotFoundException(name);
                }
                byte[] bytes = in.readAllBytes();
                return defineClass(name, bytes, 0, bytes.length);
            } catch (IOException e) {
                throw new ClassNotFoundException(name, e);
            }
        }

        @Override
        public java.net.URL getResource(String name) {
            return probe.getResource(name);
        }
    }
}
