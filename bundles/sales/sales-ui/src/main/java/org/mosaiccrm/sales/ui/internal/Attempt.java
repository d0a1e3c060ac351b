package org.mosaiccrm.sales.ui.internal;

import java.util.NoSuchElementException;
import java.util.function.Supplier;

import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.ui.InputRefusals;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import jakarta.persistence.OptimisticLockException;

/** How every sales screen runs a change: a refusal is put into words for the user and the result is null. */
public final class Attempt {

    private Attempt() {
    }

    /**
     * @param staleKey text for a record someone changed meanwhile
     * @param goneKey  text for a record that no longer exists
     */
    public static <T> T of(Supplier<T> change, String staleKey, String goneKey) {
        try {
            return change.get();
        } catch (InputRefusedException refused) {
            InputRefusals.show(refused);
        } catch (OptimisticLockException stale) {
            error(staleKey);
        } catch (AccessDeniedException denied) {
            error("access.denied");
        } catch (NoSuchElementException gone) {
            error(goneKey);
        }
        return null;
    }

    public static void error(String key, Object... args) {
        Notification.show(UI.getCurrent().getTranslation(key, args)).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void done(String key, Object... args) {
        Notification.show(UI.getCurrent().getTranslation(key, args)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
