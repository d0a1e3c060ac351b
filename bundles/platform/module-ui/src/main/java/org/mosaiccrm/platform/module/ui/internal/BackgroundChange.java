package org.mosaiccrm.platform.module.ui.internal;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.mosaiccrm.platform.security.CurrentSubject;
import org.mosaiccrm.platform.security.Subject;

import com.vaadin.flow.component.UI;

/**
 * Runs a module change off the request thread, as the signed-in user: installing takes seconds and
 * re-wires the UI, which must not wait on the request that started it. The page polls meanwhile.
 */
final class BackgroundChange {

    private BackgroundChange() {
    }

    static <T> void run(Supplier<T> change, Consumer<T> done, Consumer<Throwable> failed) {
        UI ui = UI.getCurrent();
        Subject subject = CurrentSubject.get().orElseThrow();
        ui.setPollInterval(500);
        CompletableFuture.supplyAsync(() -> CurrentSubject.callAs(subject, change::get))
                // access() may run right here, on the worker: the page's services need the user too
                .whenComplete((result, failure) -> ui.access(() -> CurrentSubject.runAs(subject, () -> {
                    ui.setPollInterval(-1);
                    if (failure == null) {
                        done.accept(result);
                    } else {
                        failed.accept(failure.getCause() == null ? failure : failure.getCause());
                    }
                })));
    }
}
