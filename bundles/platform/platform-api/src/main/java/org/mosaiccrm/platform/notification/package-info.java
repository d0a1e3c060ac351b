/**
 * The notification centre: a module tells a user something ({@link org.mosaiccrm.platform.notification.Notifications#notify});
 * it is kept until read, shown at once in the user's open tabs, counted under the bell in the header, and
 * sent by e-mail when the user wants that kind by mail. A module declares the kinds it sends, each with
 * its mail text, as {@link org.mosaiccrm.platform.notification.NotificationKinds}.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.mosaiccrm.platform.notification;
