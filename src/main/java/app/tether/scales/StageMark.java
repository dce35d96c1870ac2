package app.tether.scales;

import java.time.LocalDate;

public record StageMark(LocalDate day, int stage) {
}
