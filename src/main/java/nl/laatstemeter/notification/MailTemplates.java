package nl.laatstemeter.notification;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import nl.laatstemeter.contract.DutchCalendar;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The mail texts: Thymeleaf templates under {@code templates/mail/}, three per mail:
 * {@code <name>.subject.txt}, {@code <name>.txt} (plain text) and {@code <name>.html}. A private
 * engine, so the web application's view resolution is not touched.
 */
@Component
class MailTemplates {

  private static final String PREFIX = "templates/mail/";

  private final TemplateEngine engine = new SpringTemplateEngine();

  MailTemplates() {
    engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
    engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
  }

  private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix(PREFIX);
    resolver.setTemplateMode(mode);
    resolver.setResolvablePatterns(Set.of(pattern));
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resolver.setCheckExistence(true);
    resolver.setCacheable(true);
    resolver.setOrder(order);
    return resolver;
  }

  /** A rendered mail. */
  record Rendered(String subject, String text, String html) {}

  Rendered render(String name, Map<String, Object> model) {
    Context context = new Context(DutchCalendar.DUTCH, model);
    String subject = engine.process(name + ".subject.txt", context).strip().replaceAll("\\s+", " ");
    return new Rendered(subject, plain(engine.process(name + ".txt", context)), engine.process(name + ".html", context));
  }

  /** Trailing spaces and runs of blank lines that conditional blocks leave behind, removed. */
  private static String plain(String text) {
    return text.replaceAll("[ \t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip() + "\n";
  }
}
