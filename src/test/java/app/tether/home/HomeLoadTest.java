package app.tether.home;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestUsers;
import app.tether.base.db.SqlStatements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The demo therapist's home screen loads with its figures in six statements. */
@IntegrationTest
class HomeLoadTest {

    @Autowired HomeService home;
    @Autowired UserDetailsService userDetails;

    @Test
    void the_demo_therapists_home_screen_has_every_case_with_its_figures() {
        var users = new TestUsers(userDetails);
        var counted = users.as("therapist", () -> SqlStatements.count(home::load));
        HomeScreen screen = counted.result();
        assertThat(screen.cases()).extracting(HomeCase::title).contains("Chen Jing", "Zhao Lei & Zhou Ting");
        HomeCase couple = screen.cases().stream().filter(c -> c.title().equals("Zhao Lei & Zhou Ting")).findFirst()
                .orElseThrow();
        assertThat(couple.partners()).extracting(PartnerTrend::name).containsExactly("Zhao Lei", "Zhou Ting");
        assertThat(couple.partners()).allSatisfy(p -> assertThat(p.weekly()).hasSize(8));
        assertThat(screen.cases()).filteredOn(c -> c.closedOn() == null).allSatisfy(c ->
                assertThat(c.partners()).hasSameSizeAs(c.clientNames()));
        assertThat(counted.statements()).as(counted.describe()).isLessThanOrEqualTo(6);
    }
}
