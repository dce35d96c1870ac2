package app.tether.scales;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScaleTargetRepository extends JpaRepository<ScaleTarget, Long> {
}
