package app.tether.demo;

import static app.tether.programme.FrameworkExercises.*;

import app.tether.homework.Answers;
import app.tether.homework.HomeworkProvisioning;
import app.tether.programme.FrameworkCatalog;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Homework history for the demo cases, written in the spirit of the case studies (our own words):
 * done and reviewed, sent and waiting, open, overdue.
 */
@Component
class DemoHomework {

    private final HomeworkProvisioning homework;
    private final FrameworkCatalog catalog;
    private final Clock clock;

    DemoHomework(HomeworkProvisioning homework, FrameworkCatalog catalog, Clock clock) {
        this.homework = homework;
        this.catalog = catalog;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant daysAgo(int days, int hour) {
        return today().minusDays(days).atTime(LocalTime.of(hour, 15)).atZone(clock.getZone()).toInstant();
    }

    private long give(long caseId, long client, long therapist, String code, int assignedDaysAgo, int dueInDays,
                      String note) {
        return homework.assign(caseId, client, therapist, catalog.byCode(code), null, note,
                today().plusDays(dueInDays), daysAgo(assignedDaysAgo, 18));
    }

    private static Answers answers(Object... keyValues) {
        Map<String, List<String>> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            Object v = keyValues[i + 1];
            @SuppressWarnings("unchecked")
            List<String> list = v instanceof List<?> l ? (List<String>) l : List.of((String) v);
            map.put((String) keyValues[i], list);
        }
        return new Answers(map);
    }

    /** Chen Jing, day 32, stage 5: the first four stages done; the stage 5 set not given yet. */
    void chenJing(long caseId, long chen, long therapist) {
        long hope = give(caseId, chen, therapist, HOPE_QUESTIONS, 30, -25, null);
        homework.submit(hope, answers("tonight", "We would eat dinner together without phones and I would not ask "
                + "him three times whether he is annoyed with me.", "notice", "He would, because I would be laughing "
                + "at his stories instead of watching his face."), daysAgo(28, 21));
        homework.review(hope, "A lovely, concrete picture. Let us keep the dinner without phones in mind.",
                daysAgo(26, 10));

        long coping = give(caseId, chen, therapist, COPING_LIST, 23, -17, null);
        homework.submit(coping, answers("ways", List.of("Running along the river before work", "Calling my sister",
                "Writing a letter I never send", "Cooking something slow on a Sunday", "Staying late at work (not "
                        + "always helpful)")), daysAgo(20, 22));
        homework.review(coping, "Five real resources, including an honest one. Cooking stands out.", daysAgo(19, 9));

        long scale = give(caseId, chen, therapist, SCALE_POSITIONING, 16, -11, null);
        homework.submit(scale, answers("rating", "4", "moved", "Up from about 2 when we started.", "notLower",
                "We had two calm weekends in a row.", "onePointHigher", "I would let a late reply be a late reply, "
                        + "not a verdict on us."), daysAgo(13, 20));
        homework.review(scale, "From 2 to 4 in two weeks: worth noticing what made the calm weekends.",
                daysAgo(12, 9));

        long pattern = give(caseId, chen, therapist, PATTERN_RECOGNITION, 9, -4, null);
        homework.submit(pattern, answers("conditions", List.of("Cooking together on Saturday", "Shopping for food "
                + "together at the market", "When I have slept well", "When we plan the weekend on Thursday"),
                "strongest", "Doing something with our hands, side by side."), daysAgo(6, 21));
        homework.review(pattern, "Side by side rather than face to face: a strong finding.", daysAgo(5, 9));

        long micro = give(caseId, chen, therapist, MICRO_EXPERIMENTS, 6, -1, null);
        homework.submit(micro, answers("plan", "Cook one dinner together on three evenings this week.", "days",
                List.of("Tuesday: pasta. I noticed I did not check my phone once.", "Wednesday: too tired, we only "
                        + "made tea together. Still nice.", "Friday: dumplings, long and silly. We talked about his "
                        + "mother without tension."), "learned", "It is the doing together that calms me, not the "
                        + "meal."), daysAgo(2, 22));

        homework.assign(caseId, chen, therapist, catalog.byCode(EXCEPTION_LOG), null, null, null, daysAgo(20, 18));
        long again = give(caseId, chen, therapist, HOPE_QUESTIONS, 1, 3,
                "Let us revisit this before Thursday: one small step, nothing more.");
        homework.saveDraft(again, answers("tonight", "Maybe we cook together"), daysAgo(0, 8));
    }

    /** Zhao Lei and Zhou Ting, day 44, stage 6: a kind gesture ended the silences. */
    void couple(long caseId, long zhao, long zhou, long therapist) {
        String pair = HomeworkProvisioning.newPairKey();
        var stance = catalog.byCode(COLLABORATIVE_STANCE);
        long zs = homework.assign(caseId, zhao, therapist, stance, pair, null, today().minusDays(38), daysAgo(43, 18));
        long ts = homework.assign(caseId, zhou, therapist, stance, pair, null, today().minusDays(38), daysAgo(43, 18));
        homework.submit(zs, answers("understood", "That the silence is not punishment for her: it is how she "
                + "protects herself when she feels unseen.", "heard", "Strange at first. Then a relief."),
                daysAgo(40, 21));
        homework.submit(ts, answers("understood", "He goes quiet when he is afraid of saying something wrong.",
                "heard", "I cried a little. Nobody interrupted me."), daysAgo(40, 22));
        homework.review(zs, "Thank you both. This is the ground we build on.", daysAgo(39, 9));
        homework.review(ts, "Thank you both. This is the ground we build on.", daysAgo(39, 9));

        long menu = give(caseId, zhou, therapist, ACTION_MENU, 12, -6, null);
        homework.submit(menu, answers("actions", List.of("Make him a cup of jasmine tea after work",
                "Send a photo from my lunch break", "Say good night even after an argument", "Hug for thirty seconds "
                        + "when he comes home", "Ask about his day before talking about mine", "Leave a note in his "
                        + "bag", "Walk around the lake on Sunday", "Cook his mother's soup", "Put the phones in the "
                        + "drawer at dinner", "Say thank you for one small thing each day")), daysAgo(8, 20));
        homework.review(menu, "Ten concrete, doable actions. The jasmine tea is already working.", daysAgo(7, 9));

        long values = give(caseId, zhao, therapist, VALUE_RANKING, 20, -14, null);
        homework.submit(values, answers("values", List.of("Respect", "Warmth", "Safety", "Understanding", "Fun"),
                "focus", "Warmth", "act", "Make tea for both of us every evening this week."), daysAgo(15, 21));

        give(caseId, zhao, therapist, PROGRESS_NARRATIVE, 4, 3, null);
        give(caseId, zhou, therapist, PROGRESS_NARRATIVE, 6, -2, null);
        give(caseId, zhou, therapist, FUTURE_PREVENTION, 2, 5, null);
    }

    /** Liu Jia, day 10, stage 2: late replies bring panic; early resources. */
    void liuJia(long caseId, long liu, long therapist) {
        long hope = give(caseId, liu, therapist, HOPE_QUESTIONS, 9, -4, null);
        homework.submit(hope, answers("tonight", "When he does not answer for an hour, I would tell myself he is "
                + "just busy, and go on with my evening."), daysAgo(6, 22));
        homework.review(hope, "\"He is just busy\": a voice worth practising.", daysAgo(5, 10));
        long narrative = give(caseId, liu, therapist, NARRATIVE_LISTENING, 9, -3, null);
        homework.submit(narrative, answers("matters", "Feeling that I can rely on him even when we are apart.",
                "struggle", "The minutes after a message that is not answered.", "longing", "A short message before "
                        + "we separate, like a small ritual that says we are still us."), daysAgo(2, 23));
        give(caseId, liu, therapist, COPING_LIST, 3, -1, null);
        give(caseId, liu, therapist, STRENGTH_EXPLORATION, 3, 4, null);
    }

    /**
     * Chen Jing's Exception Deep Description (stage 4): three moments of her own log, linked by id,
     * each described in her words; the good moments come when they shop for food or cook side by side.
     */
    void chenJingDeepDescription(long caseId, long chen, long therapist, List<Long> moments) {
        if (moments.size() < 3) {
            return;
        }
        long deep = give(caseId, chen, therapist, EXCEPTION_DEEP_DESCRIPTION, 10, -4, null);
        homework.submit(deep, answers(
                "moments", moments.stream().map(String::valueOf).toList(),
                "happened", List.of("Saturday morning, buying food for the week together. No plan, just walking "
                        + "between the stalls.", "Cooking at home at the weekend, both of us in the small kitchen, "
                        + "music on.", "A weekend meal we made together and then sat over for a long time."),
                "different", List.of("I asked him what he felt like eating instead of trying to read his mood. I "
                        + "left my phone in my bag.", "When something went wrong I laughed instead of apologising "
                        + "twice. I did not wonder what he was thinking.", "I let the afternoon be slow. I did not "
                        + "check whether he had messaged anyone."),
                "felt", List.of("My shoulders dropped. I was breathing normally, a bit curious.", "Warm, with my "
                        + "hands busy. Nothing tight in my stomach.", "Heavy in a good way, like after a walk. Safe."),
                "capacity", List.of("We know how to be easy with each other when we do something side by side.",
                        "We can still play and be silly together; we used to do that all the time.", "We can share "
                        + "time without one of us watching the other."),
                "more", List.of("Weekends would start with a plan we make together, not with me checking my phone.",
                        "The kitchen would be a place where we meet, not where we avoid each other.", "We would "
                        + "have one slow shared meal a week, and I would trust the quiet parts of it.")),
                daysAgo(7, 21));
        homework.review(deep, "Three moments, and the same thread in all of them: side by side, hands busy. "
                + "Let us use that in your next experiment.", daysAgo(6, 9));
    }
}
