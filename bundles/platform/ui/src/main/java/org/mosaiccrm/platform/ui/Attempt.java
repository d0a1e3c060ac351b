package org.mosaiccrm.platform.ui;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

import jakarta.persistence.OptimisticLockException;

import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.security.AccessDeniedException;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * How a module's screen runs a service call that may be refused: the refusal is put into words for the
 * user (beside its field where {@link InputRefusals} finds one), and the result is null.
 *
 * @since 1.9
 */
public final class Attempt {

    private Attempt() {
    }

    /**
     * @param staleKey text for a record someone changed meanwhile
     * @param goneKey  text for a record that no longer exists
     */
    public static <T> T of(Supplier<T> change, String staleKey, String goneKey) {
        return of(change, staleKey, goneKey, Map.of());
    }

    /**
     * Like {@link #of(Supplier, String, String)} on a form: a refusal naming one of {@code fields}
     * shows beside that field.
     */
    public static <T> T of(Supplier<T> change, String staleKey, String goneKey, Map<String, ? extends HasValidation> fields) {
        try {
            return change.get();
        } catch (InputRefusedException refused) {
            InputRefusals.show(refused, fields);
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
