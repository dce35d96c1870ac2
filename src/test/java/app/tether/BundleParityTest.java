package app.tether;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The English and Simplified Chinese bundles say the same things: the same keys, and in each
 * message the same placeholders (index, type, style; a choice's limits and the placeholders inside
 * it). The Java twin of docs/check-zh-bundle.py. A failure lists the keys to add or fix in the zh
 * file (docs/translations-zh-README.md says how).
 */
class BundleParityTest {

    private static final Path DIR = Path.of("src/main/resources/vaadin-i18n");

    static Map<String, String> load(String file) throws IOException {
        Map<String, String> messages = new LinkedHashMap<>();
        for (String line : Files.readAllLines(DIR.resolve(file), StandardCharsets.UTF_8)) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#") || s.startsWith("!")) {
                continue;
            }
            int eq = line.indexOf('=');
            messages.put(line.substring(0, eq).strip(), line.substring(eq + 1));
        }
        return messages;
    }

    /** The placeholders of a MessageFormat pattern, those inside a choice marked "in choice". */
    static Set<String> placeholders(String pattern) {
        Set<String> out = new TreeSet<>();
        collect(pattern, "", out);
        return out;
    }

    private static final Pattern CHOICE_ALTERNATIVE = Pattern.compile("\\s*([-\\d.]+|\u221e)\\s*([#<\u2264])(.*)",
            Pattern.DOTALL);

    private static void collect(String s, String where, Set<String> out) {
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\'') {
                int close = s.indexOf('\'', i + 1);
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed quote");
                }
                i = close + 1;
                continue;
            }
            if (c == '}') {
                throw new IllegalArgumentException("unmatched }");
            }
            if (c == '{') {
                int depth = 1;
                int j = i + 1;
                while (j < s.length() && depth > 0) {
                    depth += s.charAt(j) == '{' ? 1 : s.charAt(j) == '}' ? -1 : 0;
                    j++;
                }
                if (depth > 0) {
                    throw new IllegalArgumentException("unclosed {");
                }
                String[] parts = s.substring(i + 1, j - 1).split(",", 3);
                String index = parts[0].strip();
                String type = parts.length > 1 ? parts[1].strip() : "";
                String style = parts.length > 2 ? parts[2].strip() : "";
                if ("choice".equals(type)) {
                    List<String> limits = new ArrayList<>();
                    for (String alternative : style.split("\\|")) {
                        Matcher m = CHOICE_ALTERNATIVE.matcher(alternative);
                        if (!m.matches()) {
                            throw new IllegalArgumentException("bad choice alternative " + alternative);
                        }
                        limits.add(m.group(1) + m.group(2));
                        collect(m.group(3), "in choice ", out);
                    }
                    out.add(where + "{" + index + ",choice," + String.join("|", limits) + "}");
                } else {
                    out.add(where + "{" + index + (type.isEmpty() ? "" : "," + type)
                            + (style.isEmpty() ? "" : "," + style) + "}");
                }
                i = j;
                continue;
            }
            i++;
        }
    }

    @Test
    void every_key_has_a_message_in_both_languages() throws IOException {
        var en = load("translations.properties");
        var zh = load("translations_zh_CN.properties");
        assertThat(en.keySet().stream().filter(k -> !zh.containsKey(k)).toList())
                .as("English keys with no Chinese message in translations_zh_CN.properties").isEmpty();
        assertThat(zh.keySet().stream().filter(k -> !en.containsKey(k)).toList())
                .as("keys only in translations_zh_CN.properties").isEmpty();
    }

    @Test
    void each_message_has_the_same_placeholders_in_both_languages() throws IOException {
        var en = load("translations.properties");
        var zh = load("translations_zh_CN.properties");
        List<String> problems = new ArrayList<>();
        int withPlaceholders = 0;
        for (var e : en.entrySet()) {
            String theirs = zh.get(e.getKey());
            if (theirs == null) {
                continue;
            }
            try {
                Set<String> english = placeholders(e.getValue());
                Set<String> chinese = placeholders(theirs);
                withPlaceholders += english.isEmpty() ? 0 : 1;
                if (!english.equals(chinese)) {
                    problems.add(e.getKey() + ": English " + english + ", Chinese " + chinese);
                }
            } catch (IllegalArgumentException bad) {
                problems.add(e.getKey() + ": " + bad.getMessage());
            }
            if (theirs.indexOf('\'') >= 0) {
                problems.add(e.getKey() + ": ASCII apostrophe in the Chinese message (MessageFormat quotes with it)");
            }
        }
        assertThat(withPlaceholders).as("messages with placeholders").isGreaterThan(150);
        assertThat(problems).isEmpty();
    }

    @Test
    void the_check_itself_tells_a_changed_placeholder() {
        assertThat(placeholders("{0,choice,1#1 day|1<{0,number,integer} days}"))
                .isNotEqualTo(placeholders("{0,choice,1#1 天|1<{0} 天}"))
                .isNotEqualTo(placeholders("{0,choice,0#没有|1<{0,number,integer} 天}"));
        assertThat(placeholders("{1} and {0,date,medium}")).isEqualTo(placeholders("{0,date,medium}和{1}"));
        assertThat(placeholders("’{0}’")).isNotEqualTo(placeholders("‘{1}’"));
    }
}
