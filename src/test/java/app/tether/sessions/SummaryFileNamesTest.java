package app.tether.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.caseload.ClientRef;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryFileNamesTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 4);
    static final String SAFE = "[A-Za-z0-9.-]+";

    @Test
    void each_partner_gets_their_initials_never_their_name() {
        var zhao = new ClientRef(41, "Zhao Lei", "zhao.lei");
        var zhou = new ClientRef(42, "Zhou Ting", "zhou.ting");
        String his = SummaryFileNames.clientCopy(7, 3, DAY, zhao, List.of(zhao, zhou));
        String hers = SummaryFileNames.clientCopy(7, 3, DAY, zhou, List.of(zhao, zhou));
        assertThat(his).isEqualTo("tether-case7-session3-2026-03-04-client-copy-ZL.pdf");
        assertThat(hers).isEqualTo("tether-case7-session3-2026-03-04-client-copy-ZT.pdf");
        assertThat(SummaryFileNames.record(7, 3, DAY)).isEqualTo("tether-case7-session3-2026-03-04-record.pdf");
        assertThat(SummaryFileNames.day(DAY)).isEqualTo("tether-sessions-2026-03-04.pdf");
    }

    @Test
    void accents_are_dropped_and_emoji_and_particles_skipped() {
        assertThat(SummaryFileNames.initials("Tomás Okafor")).isEqualTo("TO");
        assertThat(SummaryFileNames.initials("Émile Zola")).isEqualTo("EZ");
        assertThat(SummaryFileNames.initials("Ana Lima 🌻")).isEqualTo("AL");
        assertThat(SummaryFileNames.initials("Jean-Luc Picard")).isEqualTo("JP");
        assertThat(SummaryFileNames.initials("Madonna")).isEqualTo("M");
        assertThat(SummaryFileNames.initials("  ")).isNull();
    }

    @Test
    void names_without_latin_initials_or_with_the_partners_initials_use_the_client_number() {
        var chen = new ClientRef(51, "陈静", "chen");
        assertThat(SummaryFileNames.clientCopy(9, 1, DAY, chen, List.of(chen)))
                .isEqualTo("tether-case9-session1-2026-03-04-client-copy-client51.pdf");
        var sam = new ClientRef(61, "Sam Lee", "sam");
        var sara = new ClientRef(62, "Sara Lin", "sara");
        String a = SummaryFileNames.clientCopy(9, 1, DAY, sam, List.of(sam, sara));
        String b = SummaryFileNames.clientCopy(9, 1, DAY, sara, List.of(sam, sara));
        assertThat(a).endsWith("-client-copy-client61.pdf");
        assertThat(b).endsWith("-client-copy-client62.pdf");
        var ayse = new ClientRef(71, "Ayşe Öztürk 🌙", "ayse");
        assertThat(SummaryFileNames.clientCopy(9, 1, DAY, ayse, List.of(ayse))).endsWith("-client-copy-AO.pdf");
        for (String name : List.of(a, b, SummaryFileNames.clientCopy(9, 1, DAY, chen, List.of(chen)))) {
            assertThat(name).matches(SAFE).doesNotContain("Sam", "Sara", "陈");
        }
    }
}
