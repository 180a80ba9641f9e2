package csp.enrollment.notification.rendering;

import csp.enrollment.notification.notice.Template;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Shows what partners receive: any template, rendered for a made-up event, in any
 * supported language.
 */
@RestController
@RequestMapping("/api/notifications/preview")
class PreviewController {

    private final MailRenderer renderer;

    PreviewController(MailRenderer renderer) {
        this.renderer = renderer;
    }

    @GetMapping
    @Operation(summary = "The templates and languages that can be previewed")
    Map<String, List<String>> catalogue() {
        return Map.of("templates", Arrays.stream(Template.values()).map(Template::slug).toList(), "languages",
                renderer.languages().stream().sorted().toList());
    }

    @GetMapping("/{template}")
    @Operation(summary = "One e-mail body rendered for a sample event")
    ResponseEntity<String> preview(@PathVariable String template,
            @Parameter(description = "Language (BCP 47; matched on its primary subtag)") @RequestParam(
                    defaultValue = "en") String lang,
            @Parameter(description = "html or text") @RequestParam(defaultValue = "html") String format) {
        Template chosen = Template.ofSlug(template)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "No e-mail template " + template + "; known are " + catalogue().get("templates")));
        String language = Locale.forLanguageTag(lang.replace('_', '-')).getLanguage();
        if (!renderer.languages().contains(language)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "No templates in language " + lang + "; available are " + catalogue().get("languages"));
        }
        boolean html = "html".equalsIgnoreCase(format);
        if (!html && !"text".equalsIgnoreCase(format)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "format must be html or text");
        }
        RenderedMail mail = renderer.render(SampleNotices.of(chosen), language);
        return ResponseEntity.ok()
            .contentType(new MediaType(html ? MediaType.TEXT_HTML : MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_LANGUAGE, language)
            .body(html ? mail.html() : mail.text());
    }

}
