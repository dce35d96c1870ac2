package app.tether.demo;

import app.tether.homework.HomeworkProvisioning;
import app.tether.scales.ScaleProvisioning;
import app.tether.sessions.SessionProvisioning;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Session histories for the three case-study cases, on the days their homework was set, so each
 * can print a meaningful summary. Notes are our own words in the spirit of the case studies.
 */
@Component
class DemoSessions {

    private final SessionProvisioning sessions;
    private final ScaleProvisioning scale;
    private final HomeworkProvisioning homework;
    private final Clock clock;

    DemoSessions(SessionProvisioning sessions, ScaleProvisioning scale, HomeworkProvisioning homework, Clock clock) {
        this.sessions = sessions;
        this.scale = scale;
        this.homework = homework;
        this.clock = clock;
    }

    /** A session at 17:00 the given days ago; ratings pair up with the attendees (null: not rated). */
    private void session(long caseId, long therapist, int daysAgo, int stage, List<Long> attendees, Integer[] ratings,
                         String notes) {
        LocalDate day = LocalDate.now(clock).minusDays(daysAgo);
        long sessionId = sessions.record(caseId, therapist, day.atTime(LocalTime.of(17, 0)), stage, attendees, notes,
                homework.assignedOn(caseId, day, clock.getZone()));
        for (int i = 0; i < attendees.size(); i++) {
            if (ratings[i] != null) {
                scale.rateInSession(caseId, attendees.get(i), sessionId, day, ratings[i]);
            }
        }
    }

    void chenJing(long caseId, long chen, long therapist) {
        List<Long> her = List.of(chen);
        session(caseId, therapist, 30, 1, her, new Integer[] {3}, "First meeting. Chen Jing describes swinging "
                + "between chasing reassurance and shutting down when her partner seems distant. We agreed to look "
                + "for what already works before anything else. Hope Questions for the week.");
        session(caseId, therapist, 23, 2, her, new Integer[] {3}, "She has a real list of ways she copes; running and "
                + "calling her sister help most. Staying late at work she named herself as less helpful. Coping List "
                + "set; started the daily log of good moments.");
        session(caseId, therapist, 16, 3, her, new Integer[] {4}, "Two calm weekends in a row. The miracle picture is "
                + "about ordinary things: cooking, a slow Saturday. Scale Positioning to put words to the move "
                + "from 2 to 4.");
        session(caseId, therapist, 9, 4, her, new Integer[] {5}, "The log shows a clear pattern: the good moments come "
                + "when they do things side by side at the weekend. Pattern Recognition set. Agreed a weekly "
                + "15-minute check-in on Wednesdays.");
        session(caseId, therapist, 1, 5, her, new Integer[] {7}, "The three-evening cooking experiment went well; she "
                + "noticed she stopped checking her phone. Next: one shared activity a week, planned on Thursday. "
                + "Hope Questions again, kept deliberately small.");
    }

    void couple(long caseId, long zhao, long zhou, long therapist) {
        List<Long> both = List.of(zhao, zhou);
        session(caseId, therapist, 43, 1, both, new Integer[] {1, 2}, "First joint session after two months in which "
                + "silence followed every disagreement. Both want the silences to end sooner. Collaborative Stance "
                + "Practice: five minutes each, only listening.");
        session(caseId, therapist, 36, 2, both, new Integer[] {2, 2}, "The listening exercise moved them both. Zhou Ting "
                + "said nobody interrupted her for the first time in months. Looking for what each already does "
                + "well.");
        session(caseId, therapist, 28, 3, both, new Integer[] {3, 3}, "They described the day after the miracle: tea in "
                + "the evening, a goodbye message in the morning. Small, concrete, shared.");
        session(caseId, therapist, 20, 4, both, new Integer[] {3, 3}, "A week of silence after a family visit; we went "
                + "back to their shared picture before studying exceptions again. Value Ranking for Zhao Lei.");
        session(caseId, therapist, 12, 4, both, new Integer[] {4, 4}, "The last silence ended within a day when Zhou "
                + "Ting made jasmine tea. Both see the kind gesture as the turning point. Action Menu for Zhou Ting.");
        session(caseId, therapist, 6, 5, List.of(zhou), new Integer[] {4}, "Zhou Ting came alone; Zhao Lei was "
                + "travelling for work. One kind gesture a day for a week is holding. Progress Narrative begun.");
        session(caseId, therapist, 2, 6, both, new Integer[] {5, 5}, "Both at 5 after six weeks. Planning for setbacks: "
                + "what the first sign of a silence looks like and what each will do then. Future Prevention set.");
    }

    void liuJia(long caseId, long liu, long therapist) {
        List<Long> her = List.of(liu);
        session(caseId, therapist, 9, 1, her, new Integer[] {2}, "Panic rises when a reply is late. We named the inner "
                + "voice that says \"he is just busy\" and agreed to notice when it helps. Hope Questions and "
                + "Relationship Narrative Listening set.");
        session(caseId, therapist, 3, 1, her, new Integer[] {3}, "Good moments come when he announces his plans or "
                + "sends a photo. She proposed a short message before each separation: a security ritual. Coping "
                + "List and Strength Exploration set.");
    }
}
