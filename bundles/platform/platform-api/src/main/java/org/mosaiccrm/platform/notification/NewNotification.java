package org.mosaiccrm.platform.notification;

import java.util.List;

/**
 * What a module tells one user.
 *
 * @param kind    one of the kinds the module declared
 * @param textKey i18n key of the text shown in the CRM, with {@code {0}}… for {@code args}
 * @param route   where it leads, a route such as {@code <module>/<records>/12}, or empty
 */
public record NewNotification(long userId, String kind, String textKey, List<String> args, String route) {

    public NewNotification {
        args = args == null ? List.of() : List.copyOf(args);
        route = route == null ? "" : route;
    }
}
