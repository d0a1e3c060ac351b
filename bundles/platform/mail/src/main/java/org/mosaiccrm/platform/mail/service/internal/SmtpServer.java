package org.mosaiccrm.platform.mail.service.internal;

import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * The configured SMTP server (Eclipse Angus Mail): how to reach it and the sender's address. The
 * password is used to connect and nowhere else; {@link #toString()} leaves it out.
 */
final class SmtpServer {

    /** How the connection is protected: STARTTLS after connecting (port 587), TLS from the start (465), or none (tests, a local relay). */
    enum Security {
        STARTTLS, TLS, NONE
    }

    private final String host;
    private final int port;
    private final Security security;
    private final String username;
    private final String password;
    private final InternetAddress from;
    private final Session session;

    SmtpServer(String host, int port, Security security, String username, String password, String fromAddress,
            String fromName, int timeoutSeconds) {
        this.host = host;
        this.port = port;
        this.security = security;
        this.username = username;
        this.password = password;
        try {
            this.from = new InternetAddress(fromAddress, fromName, "UTF-8");
            this.from.validate();
        } catch (UnsupportedEncodingException | MessagingException e) {
            throw new IllegalArgumentException("fromAddress '" + fromAddress + "' is not an e-mail address", e);
        }
        String protocol = security == Security.TLS ? "smtps" : "smtp";
        String timeout = String.valueOf(timeoutSeconds * 1000L);
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", protocol);
        properties.put("mail." + protocol + ".host", host);
        properties.put("mail." + protocol + ".port", String.valueOf(port));
        properties.put("mail." + protocol + ".auth", String.valueOf(!username.isEmpty()));
        properties.put("mail." + protocol + ".connectiontimeout", timeout);
        properties.put("mail." + protocol + ".timeout", timeout);
        properties.put("mail." + protocol + ".writetimeout", timeout);
        if (security == Security.STARTTLS) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        if (security != Security.NONE) {
            properties.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        // the provider lookup goes through this bundle's class loader, which sees the Angus bundle (spifly)
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(SmtpServer.class.getClassLoader());
        try {
            this.session = Session.getInstance(properties);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** An open connection; close it when done with a batch. */
    Transport connect() throws MessagingException {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(SmtpServer.class.getClassLoader());
        try {
            Transport transport = session.getTransport();
            transport.connect(host, port, username.isEmpty() ? null : username, username.isEmpty() ? null : password);
            return transport;
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** The message for an outbox row: plain UTF-8 text, marked as sent by a machine (RFC 3834) so auto-replies stay away. */
    MimeMessage message(OutboxRow row, Date sentDate) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(from);
        try {
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(row.recipient(), row.recipientName(), "UTF-8"));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8", e);
        }
        message.setSubject(row.subject(), "UTF-8");
        message.setText(row.body(), "UTF-8");
        message.setSentDate(sentDate);
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("X-Auto-Response-Suppress", "All");
        message.saveChanges();
        return message;
    }

    @Override
    public String toString() {
        return host + ":" + port + " (" + security.name().toLowerCase() + (username.isEmpty() ? "" : ", user " + username)
                + ", from " + from.getAddress() + ")";
    }
}
