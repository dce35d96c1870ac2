package app.tether.programme;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.caseload.Lens;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Seeding survives a second node writing the same rows at the same moment, and puts changed tags back. */
@IntegrationTest
class FrameworkExerciseSeederTest {

    @Autowired FrameworkExerciseSeeder seeder;
    @Autowired ExerciseRepository exercises;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void a_row_another_node_inserted_first_does_not_fail_the_start() {
        var spec = LetterExercises.all().getFirst();
        long before = exercises.findByCode(spec.code()).orElseThrow().getId();
        // As if this node read "missing" just before the other node inserted it: the insert breaks the
        // unique code, and the seeder reads the row again instead of failing.
        seeder.seed(spec, new FrameworkExerciseSeeder.Tags(LetterExercises.lensTags(), LetterExercises.stageTags()),
                true);
        assertThat(exercises.findAll()).filteredOn(e -> spec.code().equals(e.getCode())).singleElement()
                .satisfies(e -> assertThat(e.getId()).isEqualTo(before));
    }

    @Test
    void stage_tags_that_drifted_are_put_back() {
        var spec = LetterExercises.all().getFirst();
        var tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(st -> exercises.findByCode(spec.code()).orElseThrow()
                .tag(Set.of(Lens.THERAPEUTIC_LETTERS), Set.of(1)));
        assertThat(stagesOf(tx, spec.code()))
                .containsExactly(1);

        seeder.run(null);

        Set<Integer> others = new java.util.HashSet<>(LetterExercises.stageTags());
        others.remove(spec.stage());
        assertThat(stagesOf(tx, spec.code()))
                .containsExactlyInAnyOrderElementsOf(others);
    }

    private Set<Integer> stagesOf(TransactionTemplate tx, String code) {
        return tx.execute(st -> exercises.findByCode(code).orElseThrow().definition().stages());
    }
}
