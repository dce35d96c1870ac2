package app.tether.sessions;

import org.springframework.data.jpa.repository.JpaRepository;

interface AppointmentSeriesRepository extends JpaRepository<AppointmentSeries, Long> {
}
