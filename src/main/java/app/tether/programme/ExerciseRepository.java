package app.tether.programme;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExerciseRepository extends JpaRepository<Exercise, Long> {

    Optional<Exercise> findByCode(String code);

    List<Exercise> findAllByOrderByStageAscBuiltinDescIdAsc();

    List<Exercise> findByStageAndBuiltinTrueOrderByIdAsc(int stage);

    @org.springframework.data.jpa.repository.Query(
            "select distinct e from Exercise e join e.lensTags l where l = :lens order by e.builtin desc, e.id")
    List<Exercise> findTaggedWith(app.tether.caseload.Lens lens);
}
