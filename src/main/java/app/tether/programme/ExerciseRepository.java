package app.tether.programme;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExerciseRepository extends JpaRepository<Exercise, Long> {

    Optional<Exercise> findByCode(String code);

    List<Exercise> findAllByOrderByStageAscBuiltinDescIdAsc();

    List<Exercise> findByStageAndBuiltinTrueOrderByIdAsc(int stage);
}
