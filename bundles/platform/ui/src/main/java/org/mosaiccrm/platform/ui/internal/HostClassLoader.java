package org.mosaiccrm.platform.ui.internal;

/**
 * Sets the UI host's class loader as thread context class loader for the duration of a block;
 * Vaadin loads its own resources and services through it.
 */
final class HostClassLoader implements AutoCloseable {

    private final Thread thread;
    private final ClassLoader previous;

    private HostClassLoader() {
        thread = Thread.currentThread();
        previous = thread.getContextClassLoader();
        thread.setContextClassLoader(HostClassLoader.class.getClassLoader());
    }

    static HostClassLoader enter() {
        return new HostClassLoader();
    }

    @Override
    public void close() {
        thread.setContextClassLoader(previous);
    }
}
