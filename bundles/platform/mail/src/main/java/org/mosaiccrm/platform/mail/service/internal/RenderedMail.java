package org.mosaiccrm.platform.mail.service.internal;

/** A template rendered for one recipient: what goes into the outbox. */
record RenderedMail(String templateId, String language, String subject, String body) {
}
