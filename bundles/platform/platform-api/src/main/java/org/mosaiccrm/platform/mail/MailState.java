package org.mosaiccrm.platform.mail;

/** Where a message in the outbox stands. */
public enum MailState {
    /** Waiting to be sent: new, or to be tried again at its next attempt. */
    QUEUED,
    /** Being handed to the mail server by a node (taken again if that node stops before it is done). */
    SENDING,
    /** Accepted by the mail server. */
    SENT,
    /** Given up: the server refused it for good, it was tried too often, or it waited too long. */
    FAILED
}
