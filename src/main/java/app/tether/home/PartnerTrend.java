package app.tether.home;

import java.util.List;

/**
 * One partner's scale on the home screen: the latest rating (null if none yet) and one value per
 * week for the last 8 weeks, oldest first (null for a week without a rating), never averaged with
 * the other partner.
 */
public record PartnerTrend(long clientId, String name, Integer latest, List<Double> weekly, Direction direction) {

    public PartnerTrend {
        weekly = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(weekly));
    }
}
