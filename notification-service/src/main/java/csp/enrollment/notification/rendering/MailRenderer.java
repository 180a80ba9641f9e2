package csp.enrollment.notification.rendering;

import csp.enrollment.notification.notice.Notice;
import csp.enrollment.notification.notice.NoticeReason;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a {@link Notice} into subject, plain text and HTML with the Thymeleaf templates
 * in {@code templates/mail/{template}.html|.txt} and the wording in the message bundles
 * {@code templates/mail/messages[_lang].properties} (the base bundle is English). A
 * language is supported when its bundle exists. HTML templates escape every value
 * ({@code th:text}); the text templates print values as they are.
 *
 * <p>
 * The engine is private to this class (not a bean) so it neither replaces nor is replaced
 * by Spring Boot's web template engine.
 */
@Component
public class MailRenderer {

    static final String BUNDLE = "templates/mail/messages";

    private static final Pattern BUNDLE_LANGUAGE = Pattern.compile("messages_([a-z]{2,3})\\.properties");

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    private final MessageSource messages = messageSource();

    private final Set<String> languages = discoverLanguages();

    public MailRenderer() {
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
        engine.setTemplateEngineMessageSource(messages);
    }

    /** The languages a template exists for (primary subtags); always includes English. */
    public Set<String> languages() {
        return languages;
    }

    public RenderedMail render(Notice notice, String language) {
        if (!languages.contains(language)) {
            throw new IllegalArgumentException("No e-mail templates for language " + language);
        }
        Locale locale = Locale.forLanguageTag(language);
        String subject = messages.getMessage("subject." + notice.template().slug(), null, locale);
        Context context = new Context(locale);
        context.setVariable("lang", language);
        context.setVariable("subject", subject);
        context.setVariable("firstName", notice.recipient().firstName());
        context.setVariable("company", notice.companyName());
        context.setVariable("enrollmentId", notice.enrollmentId());
        context.setVariable("mpnId", notice.mpnId());
        context.setVariable("enrollmentType", notice.enrollmentType() == null ? ""
                : messages.getMessage("type." + notice.enrollmentType().name(), null, locale));
        context.setVariable("market", notice.market());
        context.setVariable("currency", notice.currency());
        context.setVariable("reasons", reasonTexts(notice.reasons(), locale));
        context.setVariable("missing",
                notice.missing()
                    .stream()
                    .map(step -> messages.getMessage("missing." + step.name(), null, locale))
                    .toList());
        context.setVariable("newEnrollmentId", notice.newEnrollmentId());
        String name = "mail/" + notice.template().slug();
        return new RenderedMail(language, subject, engine.process(name + ".txt", context).strip() + "\n",
                engine.process(name + ".html", context));
    }

    private List<ReasonText> reasonTexts(List<NoticeReason> reasons, Locale locale) {
        return reasons.stream().map(reason -> reasonText(reason, locale)).toList();
    }

    /**
     * A code's own words and correction; an unknown code keeps the producer's message and
     * gets general advice.
     */
    private ReasonText reasonText(NoticeReason reason, Locale locale) {
        String key = "reason." + reason.code();
        String explanation = messages.getMessage(key, new Object[] { reason.message() }, null, locale);
        if (explanation == null) {
            return new ReasonText(reason.code(), reason.message(),
                    messages.getMessage("reason.other.fix", null, locale));
        }
        return new ReasonText(reason.code(), explanation, messages.getMessage(key + ".fix", null, locale));
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(MailRenderer.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }

    private static MessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename(BUNDLE);
        source.setDefaultEncoding("UTF-8");
        // the base bundle is English: never let the JVM's default locale pick another one
        source.setFallbackToSystemLocale(false);
        // every message goes through MessageFormat, so every apostrophe is written '' in
        // the bundles
        source.setAlwaysUseMessageFormat(true);
        return source;
    }

    private static Set<String> discoverLanguages() {
        Set<String> found = new TreeSet<>(Set.of("en"));
        try {
            Resource[] bundles = new PathMatchingResourcePatternResolver(MailRenderer.class.getClassLoader())
                .getResources("classpath*:" + BUNDLE + "_*.properties");
            Arrays.stream(bundles)
                .map(Resource::getFilename)
                .filter(name -> name != null)
                .map(BUNDLE_LANGUAGE::matcher)
                .filter(Matcher::matches)
                .forEach(matcher -> found.add(matcher.group(1)));
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot list the e-mail message bundles", e);
        }
        return Set.copyOf(found);
    }

}
