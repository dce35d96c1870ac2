package app.tether.sessions;

import app.tether.security.CurrentUser;
import app.tether.security.Roles;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The therapist's private calendar feed: turned on, it gets a long random token (256 bits); a new
 * token revokes the old address; turned off, the address stops working.
 */
@Service
@Transactional
public class CalendarFeedService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CalendarFeedRepository feeds;
    private final CurrentUser currentUser;
    private final Clock clock;

    CalendarFeedService(CalendarFeedRepository feeds, CurrentUser currentUser, Clock clock) {
        this.feeds = feeds;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize(Roles.HAS_THERAPIST)
    @Transactional(readOnly = true)
    public FeedStatus myFeed() {
        return feeds.findById(currentUser.require().accountId())
                .map(f -> new FeedStatus(f.getToken(), f.isFullNames())).orElse(FeedStatus.OFF);
    }

    /** Turns the feed on at a new address (the old one, if any, stops working). */
    @PreAuthorize(Roles.HAS_THERAPIST)
    public FeedStatus newFeedAddress(boolean fullNames) {
        long me = currentUser.require().accountId();
        feeds.findById(me).ifPresent(f -> {
            feeds.delete(f);
            feeds.flush();
        });
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        feeds.saveAndFlush(new CalendarFeed(me, token, fullNames, clock.instant()));
        return new FeedStatus(token, fullNames);
    }

    @PreAuthorize(Roles.HAS_THERAPIST)
    public FeedStatus turnOffFeed() {
        feeds.findById(currentUser.require().accountId()).ifPresent(feeds::delete);
        return FeedStatus.OFF;
    }
}
