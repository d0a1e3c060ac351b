package org.mosaiccrm.sales.ui.internal.lead;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

import org.mosaiccrm.customer.CustomerInputException;
import org.mosaiccrm.platform.security.AccessDeniedException;
import org.mosaiccrm.platform.security.UserDirectory;
import org.mosaiccrm.sales.LeadService;
import org.mosaiccrm.sales.SalesInputException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import jakarta.persistence.OptimisticLockException;

/** What the lead screens share: the services they call and how a refusal is put into words. */
record LeadUi(LeadService leads, UserDirectory users) {

    /** Runs a change; a refusal is shown and the result is null. */
    static <T> T attempt(Supplier<T> change) {
        try {
            return change.get();
        } catch (SalesInputException | CustomerInputException refused) {
            error(refused.getMessage());
        } catch (OptimisticLockException stale) {
            error("sales.error.lead.stale");
        } catch (AccessDeniedException denied) {
            error("access.denied");
        } catch (NoSuchElementException gone) {
            error("sales.error.lead.gone");
        }
        return null;
    }

    static void error(String key) {
        Notification.show(UI.getCurrent().getTranslation(key)).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static void done(String key, Object... args) {
        Notification.show(UI.getCurrent().getTranslation(key, args)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** Names of the users who may work leads, by id. */
    Map<Long, String> workers() {
        Map<Long, String> names = new java.util.LinkedHashMap<>();
        users.holders(LeadService.PERMISSION_EDIT).forEach(u -> names.put(u.id(), u.displayName()));
        return names;
    }
}
