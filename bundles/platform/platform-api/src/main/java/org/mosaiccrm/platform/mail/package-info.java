/**
 * E-mail from any module: a module queues a {@link org.mosaiccrm.platform.mail.OutgoingMail} made from
 * its own {@link org.mosaiccrm.platform.mail.MailTemplate} (one text per language, with merge fields);
 * the {@link org.mosaiccrm.platform.mail.MailOutbox} renders it in the recipient's language, keeps it
 * and sends it through the configured SMTP server with retries, its state visible to operators.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.mosaiccrm.platform.mail;
