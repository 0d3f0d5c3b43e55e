package io.switchboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every message key a page uses exists in the English bundles, so translations (Italian, German) only
 * need new files; and translations, where present, have exactly the English keys.
 */
class MessageBundleTests {
    private static final Pattern KEY = Pattern.compile("#\\{'?([a-zA-Z][\\w.]*)");
    private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

    @Test
    void pagesUseOnlyKnownKeys() throws IOException {
        var english = keys("classpath*:i18n/*.properties", true);
        var missing = new TreeSet<String>();
        for (var page : resources.getResources("classpath*:templates/**/*.html")) {
            var matcher = KEY.matcher(page.getContentAsString(StandardCharsets.UTF_8));
            while (matcher.find()) {
                var key = matcher.group(1);
                // Keys built from a value ('role.' + ${r}) are checked by their prefix.
                var known =
                        english.contains(key) || english.stream().anyMatch(k -> k.startsWith(key) && key.endsWith("."));
                if (!known) {
                    missing.add(page.getFilename() + ": " + key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void translationsHaveTheEnglishKeys() throws IOException {
        for (var translation : resources.getResources("classpath*:i18n/*_*.properties")) {
            var base = translation.getFilename().replaceAll("_[a-z]{2}\\.properties$", ".properties");
            var english = keys("classpath*:i18n/" + base, true);
            assertThat(load(translation.getInputStream()).stringPropertyNames())
                    .as(translation.getFilename())
                    .containsExactlyInAnyOrderElementsOf(english);
        }
    }

    private TreeSet<String> keys(String pattern, boolean englishOnly) throws IOException {
        var keys = new TreeSet<String>();
        for (var bundle : resources.getResources(pattern)) {
            if (englishOnly && bundle.getFilename().matches(".*_[a-z]{2}\\.properties")) {
                continue;
            }
            keys.addAll(load(bundle.getInputStream()).stringPropertyNames());
        }
        return keys;
    }

    private static Properties load(java.io.InputStream in) throws IOException {
        var properties = new Properties();
        try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
