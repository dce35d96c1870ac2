package app.tether.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** One date style per language, from the locale; counts in words that agree with the number. */
class DatesAndPluralsTest {

    private final DefaultI18NProvider bundle = new DefaultI18NProvider(List.of(Locale.ENGLISH),
            getClass().getClassLoader());

    private String t(String key, Object... args) {
        return bundle.getTranslation(key, Locale.ENGLISH, args);
    }

    @Test
    void dates_use_the_medium_style_of_the_language() {
        assertThat(Dates.date(LocalDate.of(2025, 11, 25))).isEqualTo("25 Nov 2025");
        assertThat(Dates.dayMonth(LocalDate.of(2025, 11, 25))).isEqualTo("25 Nov");
        assertThat(Dates.dayAndTime(LocalDateTime.of(2025, 11, 25, 19, 5))).startsWith("Tue").contains("25 Nov 2025", "19:05");
    }

    @Test
    void one_is_said_in_the_singular() {
        assertThat(t("caseload.exceptions.new", 1L)).isEqualTo("1 new moment");
        assertThat(t("caseload.exceptions.new", 3L)).isEqualTo("3 new moments");
        assertThat(t("ex.patterns.total", 1)).isEqualTo("Based on 1 entry in the chosen period.");
        assertThat(t("scale.desc.person", "Liu Jia", 3, 5, 1)).isEqualTo("Liu Jia: first 3, latest 5, from 1 rating.");
        assertThat(t("validation.answer.atLeast", 1, 0)).isEqualTo("Add at least 1 entry: you have 0.");
        assertThat(t("audit.check.intact", 1_234)).isEqualTo("All 1,234 lines are in place and unchanged.");
    }

    @Test
    void limits_and_counts_are_written_with_grouped_digits() {
        assertThat(t("common.textCount", 5_000, 4_000)).isEqualTo("5,000 / 4,000");
        assertThat(t("validation.text.tooLong", 4_000, 5_000)).isEqualTo("This is 5,000 characters; the limit is 4,000.");
    }
}
