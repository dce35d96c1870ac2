package app.tether.home.ui;

import app.tether.home.HomeCase;
import app.tether.home.PartnerTrend;
import java.util.Comparator;
import java.util.Objects;
import java.util.function.Function;

/**
 * The orders the case list can take, one per column (and per count the case column carries).
 * Each is ascending; the screen reverses where the therapist asks. Ties fall back to the name.
 */
enum HomeSort {
    URGENCY(Comparator.comparingInt(HomeCase::urgency).reversed()),
    NAME(Comparator.comparing(c -> HomeFilter.fold(c.title()))),
    LENS(nullsLast(c -> c.lens() == null ? null : c.lens().ordinal())),
    STAGE(nullsLast((HomeCase c) -> c.stage() == null ? null : c.stage().number())
            .thenComparing(nullsLast(HomeCase::programmeDay))),
    RATING(nullsLast(HomeSort::lowestLatest)),
    OVERDUE(Comparator.comparingInt(HomeCase::overdueHomework).reversed()),
    WAITING(Comparator.comparingInt(HomeCase::waitingReview).reversed()),
    MOMENTS(Comparator.comparingInt(HomeCase::unreviewedMoments).reversed()),
    LAST_SESSION(nullsLast(HomeCase::lastSession)),
    NEXT_SESSION(nullsLast(HomeCase::nextSession));

    private final Comparator<HomeCase> order;

    HomeSort(Comparator<HomeCase> order) {
        this.order = order;
    }

    /** This order, then by name, so equal rows keep one stable order. */
    Comparator<HomeCase> comparator() {
        return this == NAME ? order : order.thenComparing(NAME.order).thenComparingLong(HomeCase::caseId);
    }

    String labelKey() {
        return "home.sort." + name();
    }

    /** The partner doing worst leads: a couple sorts by its lower latest rating. */
    static Integer lowestLatest(HomeCase c) {
        return c.partners().stream().map(PartnerTrend::latest).filter(Objects::nonNull).min(Integer::compare)
                .orElse(null);
    }

    private static <T extends Comparable<? super T>> Comparator<HomeCase> nullsLast(Function<HomeCase, T> key) {
        return Comparator.comparing(key, Comparator.nullsLast(Comparator.naturalOrder()));
    }
}
