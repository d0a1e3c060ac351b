package org.mosaiccrm.platform.ui.internal;

import java.beans.Introspector;
import java.lang.reflect.Field;
import java.util.Collection;
import java.util.Map;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.internal.ComponentMetaData;
import com.vaadin.flow.component.internal.UIInternals;
import com.vaadin.flow.data.binder.BeanPropertySet;
import com.vaadin.flow.internal.ReflectionCache;
import com.vaadin.flow.server.VaadinService;

/**
 * Lets go of a removed module's classes that Vaadin keeps in static caches, so that the module's
 * class loader can be collected. Vaadin 24.9 has no public API for these caches; every path that
 * reaches into Vaadin internals is here, in one place, each with its own test of the leak it fixes
 * (a field renamed by a Vaadin update is logged, never fatal):
 * <ul>
 * <li>{@code UIInternals.warnedAboutDeps}: a static set of component classes, never cleared;</li>
 * <li>{@code ComponentMetaData.getDependencyInfo} registers a service-destroy listener, a lambda
 * capturing the metadata and so the view class; {@code ReflectionCache.clearAll()} leaves it;</li>
 * <li>{@code BeanPropertySet.INSTANCES}: bean classes used by Binder and Grid;</li>
 * <li>java.beans' introspection caches;</li>
 * <li>the JDK 17 record-method bootstrap caches ({@link RecordMethodsFlush}).</li>
 * </ul>
 */
final class ModuleClassReleaser {

    private static final Logger LOGGER = LoggerFactory.getLogger(ModuleClassReleaser.class);

    private ModuleClassReleaser() {
    }

    /** Releases every cached reference to classes of {@code moduleLoader}, in Vaadin and the JDK. */
    static void release(ClassLoader moduleLoader) {
        if (moduleLoader == null || moduleLoader == ModuleClassReleaser.class.getClassLoader()) {
            return;
        }
        Predicate<Class<?>> ofModule = type -> type != null && type.getClassLoader() == moduleLoader;
        ReflectionCache.clearAll();
        removeFromStaticSet(UIInternals.class, "warnedAboutDeps", ofModule);
        removeBeanPropertySets(ofModule);
        ActiveServices.stream().forEach(service -> removeServiceDestroyListeners(service, ofModule));
        Introspector.flushCaches();
        RecordMethodsFlush.flush();
    }

    @SuppressWarnings("unchecked")
    private static void removeFromStaticSet(Class<?> owner, String fieldName, Predicate<Class<?>> ofModule) {
        try {
            Collection<Class<?>> set = (Collection<Class<?>>) staticField(owner, fieldName);
            set.removeIf(ofModule);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOGGER.warn("Cannot clear {}.{} (Vaadin changed?): {}", owner.getSimpleName(), fieldName, e.toString());
        }
    }

    private static void removeBeanPropertySets(Predicate<Class<?>> ofModule) {
        try {
            Map<?, ?> instances = (Map<?, ?>) staticField(BeanPropertySet.class, "INSTANCES");
            instances.keySet().removeIf(key -> referencesModule(key, ofModule));
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOGGER.warn("Cannot clear BeanPropertySet cache (Vaadin changed?): {}", e.toString());
        }
    }

    @SuppressWarnings("unchecked")
    private static void removeServiceDestroyListeners(VaadinService service, Predicate<Class<?>> ofModule) {
        try {
            Field field = VaadinService.class.getDeclaredField("serviceDestroyListeners");
            field.setAccessible(true);
            Collection<Object> listeners = (Collection<Object>) field.get(service);
            listeners.removeIf(listener -> capturesModuleMetaData(listener, ofModule));
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOGGER.warn("Cannot clear Vaadin service-destroy listeners (Vaadin changed?): {}", e.toString());
        }
    }

    /** Whether a lambda captured a ComponentMetaData of a module class. */
    private static boolean capturesModuleMetaData(Object listener, Predicate<Class<?>> ofModule) {
        for (Field captured : listener.getClass().getDeclaredFields()) {
            try {
                captured.setAccessible(true);
                Object value = captured.get(listener);
                if (value instanceof ComponentMetaData metaData
                        && referencesModule(metaData, ofModule)) {
                    return true;
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                // a listener we cannot inspect is left alone
            }
        }
        return false;
    }

    /** Whether any Class-typed field of {@code holder} (one level deep) is a module class. */
    private static boolean referencesModule(Object holder, Predicate<Class<?>> ofModule) {
        for (Class<?> type = holder.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                try {
                    field.setAccessible(true);
                    Object value = field.get(holder);
                    if (value instanceof Class<?> c && ofModule.test(c)) {
                        return true;
                    }
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // not readable: not ours to judge
                }
            }
        }
        return false;
    }

    private static Object staticField(Class<?> owner, String name) throws ReflectiveOperationException {
        Field field = owner.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(null);
    }
}
