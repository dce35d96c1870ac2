package app.tether.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.caseload.CaseKind;
import app.tether.caseload.Lens;
import app.tether.caseload.Stage;
import app.tether.home.AttentionKind;
import app.tether.home.AttentionReason;
import app.tether.home.Direction;
import app.tether.home.HomeCase;
import app.tether.home.PartnerTrend;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The case list's search, filters and orders, without data or a screen. */
class HomeFilterSortTest {

    static HomeCase c(long id, String name, Stage stage, Lens lens, Integer latest, int moments, boolean attention) {
        var reasons = attention
                ? List.of(new AttentionReason(AttentionKind.NO_SESSION, null, "home.reason.noSession", List.of(30), 409, false))
                : List.<AttentionReason>of();
        var partner = new PartnerTrend(id, name, latest, java.util.Collections.nCopies(8, null), Direction.NONE);
        return new HomeCase(id, CaseKind.INDIVIDUAL, List.of(name), lens, stage, stage == null ? null : 10L,
                List.of(partner), 0, 0, moments, LocalDate.of(2026, 1, (int) id), LocalDateTime.of(2026, 2, (int) id, 9, 0),
                reasons, null);
    }

    final HomeCase zhou = c(1, "Zhōu Tíng", Stage.RESOURCE_IDENTIFICATION, Lens.NARRATIVE, 6, 0, false);
    final HomeCase amira = c(2, "Amira Haddad", Stage.ACTION_CONSTRUCTION, Lens.CONNECTION, 3, 4, true);
    final HomeCase jonas = c(3, "Jonas Weber", null, null, null, 1, false);
    final List<HomeCase> all = List.of(zhou, amira, jonas);

    @Test
    void search_ignores_case_and_accents_and_matches_any_partner() {
        assertThat(all.stream().filter(new HomeFilter("zhou", null, null, false)::test)).containsExactly(zhou);
        assertThat(all.stream().filter(new HomeFilter("  WEB ", null, null, false)::test)).containsExactly(jonas);
        assertThat(all.stream().filter(HomeFilter.NONE::test)).hasSize(3);
    }

    @Test
    void stage_lens_and_attention_filters_narrow() {
        assertThat(all.stream().filter(new HomeFilter("", Stage.ACTION_CONSTRUCTION, null, false)::test)).containsExactly(amira);
        assertThat(all.stream().filter(new HomeFilter("", null, Lens.NARRATIVE, false)::test)).containsExactly(zhou);
        assertThat(all.stream().filter(new HomeFilter("", null, null, true)::test)).containsExactly(amira);
    }

    @Test
    void each_order_puts_the_expected_case_first_and_cases_without_a_value_last() {
        assertThat(all.stream().sorted(HomeSort.URGENCY.comparator())).first().isEqualTo(amira);
        assertThat(all.stream().sorted(HomeSort.NAME.comparator())).containsExactly(amira, jonas, zhou);
        assertThat(all.stream().sorted(HomeSort.STAGE.comparator())).containsExactly(zhou, amira, jonas);
        assertThat(all.stream().sorted(HomeSort.RATING.comparator())).containsExactly(amira, zhou, jonas);
        assertThat(all.stream().sorted(HomeSort.MOMENTS.comparator())).containsExactly(amira, jonas, zhou);
        assertThat(all.stream().sorted(HomeSort.LAST_SESSION.comparator())).containsExactly(zhou, amira, jonas);
        assertThat(all.stream().sorted(HomeSort.LENS.comparator()).toList().getLast()).isEqualTo(jonas);
    }
}
