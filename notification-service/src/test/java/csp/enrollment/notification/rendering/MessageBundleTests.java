package csp.enrollment.notification.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class MessageBundleTests {

    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void everyLanguageHasEveryMessageOfTheEnglishBase() throws IOException {
        Properties english = bundle("");
        for (String language : new MailRenderer().languages()) {
            if (!language.equals("en")) {
                assertThat(bundle("_" + language).stringPropertyNames()).as(language)
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
            }
        }
    }

    @Test
    void everyApostropheIsDoubledForMessageFormat() throws IOException {
        for (String suffix : new String[] { "", "_nl" }) {
            Properties messages = bundle(suffix);
            for (String key : messages.stringPropertyNames()) {
                assertThat(LONE_APOSTROPHE.matcher(messages.getProperty(key)).find()).as(suffix + " " + key).isFalse();
            }
        }
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundleTests.class.getClassLoader()
            .getResourceAsStream(MailRenderer.BUNDLE + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

}
