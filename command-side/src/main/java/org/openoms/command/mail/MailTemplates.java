package org.openoms.command.mail;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Each email is three Thymeleaf templates: {@code NAME.subject} and {@code NAME.txt} (text mode) and
 * {@code NAME.html}. The merchant's own, in the folder {@code oms.mail.templates}, come before the OMS's.
 */
@Component
class MailTemplates {

    /** One email, rendered. */
    record Rendered(String subject, String text, String html) {
    }

    private final TemplateEngine engine = new TemplateEngine();

    MailTemplates(MailSettings settings) {
        int order = 1;
        if (settings.templates() != null && !settings.templates().isBlank()) {
            engine.addTemplateResolver(resolver(new FileTemplateResolver(), settings.templates().replaceAll("/*$", "/"), order++));
        }
        engine.addTemplateResolver(resolver(new ClassLoaderTemplateResolver(), "mail/", order));
    }

    private static AbstractConfigurableTemplateResolver resolver(AbstractConfigurableTemplateResolver resolver,
                                                                 String prefix, int order) {
        resolver.setPrefix(prefix);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCheckExistence(true);
        resolver.setOrder(order);
        resolver.setCacheable(true);
        // the mode by suffix: .html is HTML, the subject and the text part are text
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.getHtmlTemplateModePatternSpec().addPattern("*.html");
        return resolver;
    }

    Rendered render(CustomerMail mail, Map<String, String> variables) {
        Context context = new Context(Locale.UK);
        variables.forEach(context::setVariable);
        String name = mail.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return new Rendered(engine.process(name + ".subject", context).strip(), engine.process(name + ".txt", context),
                engine.process(name + ".html", context));
    }
}
