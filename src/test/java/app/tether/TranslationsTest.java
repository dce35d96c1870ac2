package app.tether;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message key the code names exists in the English bundle, so no screen shows a raw key. */
class TranslationsTest {

    @Test
    void every_key_used_in_code_is_translated() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/translations.properties")) {
            bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        // Any string literal that starts with one of the bundle's key prefixes is taken as a key; the
        // prefixes come from the bundle, so a new module's keys are checked from its first key.
        String prefixes = bundle.stringPropertyNames().stream().map(k -> k.substring(0, k.indexOf('.') < 0 ? k.length()
                : k.indexOf('.'))).distinct().sorted().collect(java.util.stream.Collectors.joining("|"));
        Pattern literalKey = Pattern.compile("\"((?:" + prefixes + ")(?:\\.[A-Za-z0-9]+)+)\"");
        Set<String> missing = new TreeSet<>();
        int found = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literalKey.matcher(Files.readString(file));
                while (m.find()) {
                    found++;
                    if (!bundle.containsKey(m.group(1))) {
                        missing.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(found).as("keys found in code").isGreaterThan(50);
        assertThat(missing).isEmpty();
    }

    @Test
    void every_enum_label_is_translated() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/translations.properties")) {
            bundle.load(in);
        }
        for (var lens : app.tether.caseload.Lens.values()) {
            assertThat(bundle).containsKey(lens.labelKey());
        }
        for (var stage : app.tether.caseload.Stage.values()) {
            assertThat(bundle).containsKey(stage.labelKey());
        }
        for (var role : app.tether.security.Role.values()) {
            assertThat(bundle).containsKey("role." + role.name());
        }
        for (var kind : app.tether.caseload.CaseKind.values()) {
            assertThat(bundle).containsKey("kind." + kind.name());
        }
        for (var kind : app.tether.programme.FieldKind.values()) {
            assertThat(bundle).containsKey("kindField." + kind.name());
        }
        for (var status : app.tether.homework.AssignmentStatus.values()) {
            assertThat(bundle).containsKey("status." + status.name());
        }
        for (var action : app.tether.audit.AuditAction.values()) {
            assertThat(bundle).containsKey("audit.action." + action.name());
        }
        for (var outcome : app.tether.audit.AuditOutcome.values()) {
            assertThat(bundle).containsKey("audit.outcome." + outcome.name());
        }
    }

    @Test
    void every_framework_exercise_has_its_words() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/translations.properties")) {
            bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        var all = app.tether.programme.FrameworkExercises.all();
        assertThat(all).hasSize(18);
        for (int stage = 1; stage <= 6; stage++) {
            int s = stage;
            assertThat(all.stream().filter(e -> e.stage() == s)).as("stage " + stage).hasSize(3);
        }
        for (var e : all) {
            assertThat(bundle.getProperty(e.titleKey())).as(e.titleKey()).isNotBlank();
            assertThat(bundle.getProperty(e.instructionsKey())).as(e.instructionsKey()).isNotBlank();
            for (var f : e.fields()) {
                assertThat(bundle.getProperty(f.label())).as(f.label()).isNotBlank();
                assertThat(bundle).as(f.help()).containsKey(f.help());
            }
        }
    }
}
