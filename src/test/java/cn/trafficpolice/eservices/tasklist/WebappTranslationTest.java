package cn.trafficpolice.eservices.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Chinese translation of the Camunda 7.24 webapps against the English locale of the webjar on the classpath:
 * a label missing from zh.json shows its key, a lost placeholder or tag breaks the sentence or the link.
 */
class WebappTranslationTest {

    private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*[^}]+?\\s*}}");
    private static final Pattern HTML_TAG =
            Pattern.compile("</?(a|b|br|strong|em|i|code|span|p|ul|ol|li|div|pre|small|u)\\b[^>]*>");
    /** Names that stay as they are in Chinese too: products, standards, units. */
    private static final Pattern KEPT_AS_IS = Pattern.compile(
            "Camunda|Cockpit|Tasklist|Optimize|BPMN|DMN|CMMN|FEEL|LDAP|JSON|XML|REST|API|ID|URL|null|cockpit|tasklist"
                    + "|promise|#resolve|FNI|EDE|PI|DI|TU|Ctrl|Shift|Alt|UTC");
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyEnglishLabelHasAChineseOne(String app) throws IOException {
        assertThat(labels(app, "zh").keySet()).isEqualTo(labels(app, "en").keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void translationKeepsEveryPlaceholderAndTag(String app) throws IOException {
        Map<String, String> en = labels(app, "en");
        Map<String, String> zh = labels(app, "zh");
        List<String> broken = new ArrayList<>();
        en.forEach((key, english) -> {
            String chinese = zh.getOrDefault(key, "");
            if (!all(PLACEHOLDER, english).equals(all(PLACEHOLDER, chinese))
                    || !all(HTML_TAG, english).equals(all(HTML_TAG, chinese))) {
                broken.add(key);
            }
        });
        assertThat(broken).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void noLabelIsLeftInEnglish(String app) throws IOException {
        List<String> english = new ArrayList<>();
        labels(app, "zh").forEach((key, value) -> {
            String words = KEPT_AS_IS.matcher(HTML_TAG.matcher(PLACEHOLDER.matcher(value).replaceAll(" "))
                    .replaceAll(" ")).replaceAll(" ");
            if (LATIN_WORD.matcher(words).find() && !CJK.matcher(words).find()) {
                english.add(key + " = " + value);
            }
        });
        assertThat(english).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin"})
    void datesAndRelativeTimesAreChinese(String app) throws IOException {
        JsonNode dates = read(app, "zh").get("dateLocales");
        assertThat(dates.get("months").get(0).asText()).isEqualTo("一月");
        assertThat(dates.get("relativeTime").get("past").asText()).isEqualTo("%s前");
        assertThat(dates.get("longDateFormat").get("LLL").asText()).isEqualTo("YYYY-MM-DD HH:mm");
    }

    private static Set<String> all(Pattern pattern, String text) {
        Set<String> found = new HashSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group().replace(" ", ""));
        }
        return found;
    }

    private static Map<String, String> labels(String app, String locale) throws IOException {
        Map<String, String> labels = new TreeMap<>();
        read(app, locale).get("labels").properties().forEach(e -> labels.put(e.getKey(), e.getValue().asText()));
        return labels;
    }

    private static JsonNode read(String app, String locale) throws IOException {
        String path = String.format(LOCALES, app, locale);
        try (InputStream in = WebappTranslationTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            // the webjar's files start with a byte-order mark, which Jackson does not skip
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
            return JSON.readTree(text);
        }
    }
}
