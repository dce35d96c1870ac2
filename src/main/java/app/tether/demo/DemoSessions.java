package app.tether.demo;

import app.tether.homework.HomeworkProvisioning;
import app.tether.scales.ScaleFollowUp;
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
        session(caseId, therapist, daysAgo, stage, attendees, ratings, new ScaleFollowUp[attendees.size()], notes);
    }

    /** As above, with what each attendee said about their rating (null: nothing written down). */
    private void session(long caseId, long therapist, int daysAgo, int stage, List<Long> attendees, Integer[] ratings,
                         ScaleFollowUp[] said, String notes) {
        LocalDate day = LocalDate.now(clock).minusDays(daysAgo);
        long sessionId = sessions.record(caseId, therapist, day.atTime(LocalTime.of(17, 0)), stage, attendees, notes,
                homework.assignedOn(caseId, day, clock.getZone()));
        for (int i = 0; i < attendees.size(); i++) {
            if (ratings[i] != null) {
                scale.rateInSession(caseId, attendees.get(i), sessionId, day, ratings[i], ScaleFollowUp.orNone(said[i]));
            }
        }
    }

    void chenJing(long caseId, long chen, long therapist) {
        List<Long> her = List.of(chen);
        session(caseId, therapist, 30, 1, her, new Integer[] {2}, "First meeting. Chen Jing describes swinging "
                + "between chasing reassurance and shutting down when her partner seems distant. We agreed to look "
                + "for what already works before anything else. Hope Questions for the week.");
        session(caseId, therapist, 23, 2, her, new Integer[] {3}, "Her Hope Questions came back with his answer too. "
                + "She copes in more ways than she thought; running and calling her sister help most. Staying late "
                + "at work she named herself as less helpful. Coping List set; started the daily log of better "
                + "moments.");
        session(caseId, therapist, 16, 3, her, new Integer[] {3}, "A steady 3. The log has its first entries, mostly "
                + "from weekends. Miracle Question and Scale Positioning set, to describe the day after the miracle "
                + "and where she stands now.");
        session(caseId, therapist, 10, 4, her, new Integer[] {3}, "Her miracle picture is strikingly ordinary: not "
                + "reaching for the phone first thing, a coffee by the window, an easy smile when they meet in the "
                + "kitchen. The log shows a clear pattern: the better moments come when they cook or shop side by "
                + "side at the weekend. Pattern Recognition set, then a three-evening cooking experiment.");
        session(caseId, therapist, 5, 5, her, new Integer[] {4}, "The cooking experiment went well; she noticed she "
                + "did not reach for her phone while they cooked. We turned it into one shared activity a week, "
                + "planned together. They agreed a weekly 15-minute check-in about how things are between them, "
                + "starting this week.");
        session(caseId, therapist, 1, 5, her, new Integer[] {7}, new ScaleFollowUp[] {new ScaleFollowUp(
                "The check-in: I said it early, and he listened.",
                "Telling him when the old worry starts, before it grows.")}, "First check-in held and kept to fifteen minutes; she "
                + "said what she needed early and calmly. An evening when he was late passed without panic. The scale "
                + "has moved from 3 to 7 this week. Next: this week's shared activity. Hope Questions again, kept "
                + "deliberately small.");
    }

    void couple(long caseId, long zhao, long zhou, long therapist) {
        List<Long> both = List.of(zhao, zhou);
        session(caseId, therapist, 43, 1, both, new Integer[] {1, 2}, "First joint session after more than two months "
                + "of silence; they arrange daily life by text message. Asking them to talk now would only add "
                + "pressure, so each starts on their own: what has helped them get through. A Coping List for each.");
        session(caseId, therapist, 36, 2, both, new Integer[] {2, 2}, "Zhao Lei still feels guilty about throwing "
                + "himself into work; we looked at it as what kept him steady. Zhou Ting's journal and her friends "
                + "kept her going while she felt alone. Both start a log of better moments: times the silence was "
                + "lighter, however briefly.");
        session(caseId, therapist, 28, 3, both, new Integer[] {3, 3}, "They described the day after the miracle: tea in "
                + "the evening, a goodbye message in the morning. Small, concrete, shared.");
        session(caseId, therapist, 20, 4, both, new Integer[] {3, 3}, "A week of silence after a family visit; we went "
                + "back to their shared picture before studying exceptions again. Value Ranking for Zhao Lei.");
        session(caseId, therapist, 12, 4, both, new Integer[] {4, 4}, "Looking back over their history and their logs, "
                + "both found the same thing: a silence thaws after one of them makes a small kind gesture. They "
                + "agreed an experiment: at least one small kind gesture a day for a week, with no need to talk "
                + "things through. An Action Menu for each; Zhao Lei starts the weekly Commitment and Feedback Loop "
                + "with his gestures.");
        session(caseId, therapist, 6, 5, List.of(zhou), new Integer[] {4}, "Zhou Ting came alone; Zhao Lei was "
                + "travelling for work. The kind gestures are holding, from both sides. His first, the jasmine tea "
                + "she likes left on her desk, is the one she keeps coming back to. Progress Narrative begun.");
        session(caseId, therapist, 2, 6, both, new Integer[] {5, 5}, new ScaleFollowUp[] {
            new ScaleFollowUp("The small kindnesses kept going while I was away.",
                    "We would talk about a hard thing, not only be kind around it."),
            new ScaleFollowUp("I no longer wait for him to make the first move.",
                    "A whole evening of talking without either of us going quiet.")}, "Both at 5 after six weeks. Planning for setbacks: "
                + "what the first sign of a silence looks like and what each will do then. Future Prevention set. "
                + "They feel ready to try listening to each other: Collaborative Stance Practice for both.");
    }

    void liuJia(long caseId, long liu, long therapist) {
        List<Long> her = List.of(liu);
        session(caseId, therapist, 9, 1, her, new Integer[] {2}, "Panic rises when a reply is late. We named the inner "
                + "voice that says \"he is just busy\" and agreed to notice when it helps. Hope Questions and "
                + "Relationship Narrative Listening set.");
        session(caseId, therapist, 3, 1, her, new Integer[] {3}, "Better moments come when he announces his plans or "
                + "sends a photo. She proposed a short message before each separation: a security ritual. Coping "
                + "List and Strength Exploration set.");
    }

    /** Sofia Márquez and Tomás Okafor: back from stage 5 to stage 4 after Tomás's shifts changed. */
    void sofiaAndTomas(long caseId, long sofia, long tomas, long therapist) {
        List<Long> both = List.of(sofia, tomas);
        session(caseId, therapist, 35, 1, both, new Integer[] {3, 4}, "Both want fewer cold evenings. Sofia feels "
                + "shut out when Tomás goes quiet; Tomás feels watched. They listened to each other for five minutes "
                + "each without interrupting.");
        session(caseId, therapist, 20, 3, both, new Integer[] {4, 5}, "A shared picture of an ordinary good "
                + "evening: cooking together, phones in the hall. They rated where they are and chose warmth and "
                + "honesty as the values to steer by.");
        session(caseId, therapist, 6, 5, both, new Integer[] {5, 6}, "An action menu of small gestures. Tomás's "
                + "new night shifts start next week; they worry the evenings will disappear.");
        session(caseId, therapist, 2, 4, both, new Integer[] {4, 5}, "The shifts brought the old distance back. We "
                + "agreed to return to stage 4 for a while: look again at what their better moments had in common "
                + "before choosing new actions. Both to keep logging moments, however small.");
    }
}
