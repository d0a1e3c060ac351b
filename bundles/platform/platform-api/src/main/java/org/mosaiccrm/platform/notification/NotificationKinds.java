package org.mosaiccrm.platform.notification;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/** Whiteboard service through which a module declares the kinds of notification it sends. */
@ConsumerType
public interface NotificationKinds {

    List<NotificationKind> kinds();
}
