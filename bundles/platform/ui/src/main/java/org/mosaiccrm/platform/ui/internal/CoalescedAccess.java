package org.mosaiccrm.platform.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;

/**
 * Registry changes come in bursts (a module brings or takes a view, tabs, widgets and a search
 * provider within milliseconds). Updating an open tab once per burst means one push instead of
 * several back to back, which long-polling push delivers far more reliably.
 */
final class CoalescedAccess {

    /** Long enough to gather one module's contributions, short enough to feel immediate. */
    static final long DELAY_MILLIS = 100;

    private final UI ui;
    private final List<Runnable> pending = new ArrayList<>();

    private CoalescedAccess(UI ui) {
        this.ui = ui;
    }

    /** The coalescer of this UI (one per browser tab). */
    static CoalescedAccess of(UI ui) {
        synchronized (ui) {
            CoalescedAccess access = ComponentUtil.getData(ui, CoalescedAccess.class);
            if (access == null) {
                access = new CoalescedAccess(ui);
                ComponentUtil.setData(ui, CoalescedAccess.class, access);
            }
            return access;
        }
    }

    /** Runs {@code task} in the UI (with the session's subject) together with the rest of the burst. */
    void submit(Runnable task) {
        boolean first;
        synchronized (pending) {
            first = pending.isEmpty();
            pending.add(task);
        }
        if (first) {
            CompletableFuture.runAsync(this::flush, CompletableFuture.delayedExecutor(DELAY_MILLIS, TimeUnit.MILLISECONDS));
        }
    }

    private void flush() {
        List<Runnable> tasks;
        synchronized (pending) {
            tasks = List.copyOf(pending);
            pending.clear();
        }
        try {
            SessionSubject.access(ui, () -> tasks.forEach(Runnable::run));
        } catch (UIDetachedException closed) {
            // the tab was closed meanwhile: nothing to update
        }
    }
}
