package org.mosaiccrm.platform.mail.service.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.mosaiccrm.platform.InputRefusedException;
import org.mosaiccrm.platform.mail.MailTemplate;

import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * Renders a {@link MailTemplate} with FreeMarker: the first line ({@code Subject: …}) and the body
 * after the empty line are two templates, so a merge value holding a line break can never add a
 * header. Templates may not reach Java classes ({@code ?new}, {@code ?api} are off): a vendor's
 * template is text, not code. Parsed templates are kept by their text.
 */
final class MailRenderer {

    private static final int MAX_CACHED = 500;

    private final Configuration freemarker = new Configuration(Configuration.VERSION_2_3_34);
    private final Map<String, Template> parsed = new ConcurrentHashMap<>();

    MailRenderer() {
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        freemarker.setAPIBuiltinEnabled(false);
        freemarker.setLocalizedLookup(false);
    }

    RenderedMail render(MailTemplate template, Locale locale, Map<String, ?> model) {
        String language = MailTemplate.LANGUAGES.contains(locale.getLanguage()) && template.sources().containsKey(locale.getLanguage())
                ? locale.getLanguage() : "en";
        String source = template.source(language).replace("\r\n", "\n");
        if (!source.startsWith("Subject:")) {
            throw new IllegalArgumentException("mail template " + template.id() + " (" + language + ") does not start with 'Subject:'");
        }
        int endOfSubject = source.indexOf('\n');
        String subjectSource = (endOfSubject < 0 ? source : source.substring(0, endOfSubject)).substring("Subject:".length()).strip();
        String bodySource = endOfSubject < 0 ? "" : source.substring(endOfSubject + 1).replaceFirst("^\n", "");
        String subject = apply(template.id(), subjectSource, locale, model).replaceAll("[\\r\\n\\t]+", " ").strip();
        String body = apply(template.id(), bodySource, locale, model);
        return new RenderedMail(template.id(), language, subject.length() > 400 ? subject.substring(0, 400) : subject, body);
    }

    private String apply(String id, String source, Locale locale, Map<String, ?> model) {
        try {
            Template parsedTemplate = parsed.get(source);
            if (parsedTemplate == null) {
                if (parsed.size() >= MAX_CACHED) {
                    parsed.clear();
                }
                parsedTemplate = new Template(id, source, freemarker);
                parsed.put(source, parsedTemplate);
            }
            StringWriter out = new StringWriter();
            var environment = parsedTemplate.createProcessingEnvironment(model, out);
            environment.setLocale(locale);
            environment.process();
            return out.toString();
        } catch (TemplateException | IOException | RuntimeException e) {
            throw new InputRefusedException("template", "mail.error.template", id, String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
    }
}
