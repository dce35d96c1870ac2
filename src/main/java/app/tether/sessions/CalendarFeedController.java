package app.tether.sessions;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The private calendar feed's address, reached without signing in (calendar apps cannot): the
 * token is the key. An unknown token looks like any missing page. SecurityConfig opens this path only.
 */
@RestController
class CalendarFeedController {

    static final String PATH = "/calendar-feed/";

    private final CalendarFeeds feeds;

    CalendarFeedController(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping(PATH + "{token}.ics")
    ResponseEntity<byte[]> feed(@PathVariable String token) {
        return feeds.feed(token)
                .map(ics -> ResponseEntity.ok().cacheControl(CacheControl.noStore())
                        .contentType(MediaType.parseMediaType("text/calendar; charset=utf-8")).body(ics))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
