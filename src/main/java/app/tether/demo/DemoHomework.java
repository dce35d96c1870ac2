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

    /**
     * Chen Jing, day 32, stage 5: the first four stages done; the stage 5 set not given yet. Her miracle
     * picture and the weekend pattern follow the case study; her scale stays at 2 to 3 until stage 5.
     */
    void chenJing(long caseId, long chen, long therapist) {
        long hope = give(caseId, chen, therapist, HOPE_QUESTIONS, 30, -25, null);
        homework.submit(hope, answers("tonight", "We would eat dinner together without phones and I would not ask "
                + "him three times whether he is annoyed with me.", "partner", "I asked him over breakfast. He said "
                + "a walk after dinner where we talk about anything except us."), daysAgo(28, 21));
        homework.review(hope, "A lovely, concrete picture, from both of you. Let us keep the dinner without phones "
                + "and the walk in mind.", daysAgo(26, 10));

        long coping = give(caseId, chen, therapist, COPING_LIST, 23, -17, null);
        homework.submit(coping, answers("ways", List.of("Running along the river before work", "Calling my sister",
                "Writing a letter I never send", "Cooking something slow on a Sunday", "Telling myself that a slow "
                        + "reply is not the end of us", "Staying late at work (not always helpful)")), daysAgo(20, 22));
        homework.review(coping, "Six real resources, including an honest one. Cooking stands out, and so does the "
                + "voice that says a slow reply is only a slow reply.", daysAgo(19, 9));

        long miracle = give(caseId, chen, therapist, MIRACLE_QUESTION, 16, -12, null);
        homework.submit(miracle, answers("firstSign", "I wake up and the first thing I do is not reach for my phone to "
                + "see whether he has written.", "me", "I make myself a coffee and sit by the window with it for a "
                + "while, in no hurry.", "partner", "He says good morning before he looks at his own phone.", "us",
                "When we bump into each other in the kitchen we smile, easily, without either of us being on guard."),
                daysAgo(15, 21));
        homework.review(miracle, "The phone, the coffee by the window, the smile in the kitchen: very concrete. Let "
                + "us watch for small pieces of it that already happen.", daysAgo(14, 9));

        long scale = give(caseId, chen, therapist, SCALE_POSITIONING, 16, -11, null);
        homework.submit(scale, answers("rating", "3", "moved", "Between 2 and 3 since we started; lately it stays "
                + "at 3 more often.", "notLower", "Running, my sister, and the weekends when we cook together.",
                "onePointHigher", "I would let a late reply be a late reply, not a verdict on us."), daysAgo(13, 20));
        homework.review(scale, "A steady 3 with real reasons behind it. The weekends are worth a closer look.",
                daysAgo(12, 9));

        long pattern = give(caseId, chen, therapist, PATTERN_RECOGNITION, 10, -5, null);
        homework.submit(pattern, answers("conditions", List.of("Cooking together on Sunday", "Shopping for food "
                + "together at the market", "When I have slept well", "When we plan the weekend together"),
                "strongest", "Doing something with our hands, side by side."), daysAgo(9, 8));
        homework.review(pattern, "Side by side rather than face to face: a strong finding.", daysAgo(8, 9));

        long micro = give(caseId, chen, therapist, MICRO_EXPERIMENTS, 9, -2, null);
        homework.submit(micro, answers("plan", "Cook one dinner together on three evenings this week.", "days",
                List.of("First evening: pasta. I noticed I did not check my phone once.", "Second evening: too "
                        + "tired, we only made tea together. Still nice.", "Third evening: dumplings, long and silly. "
                        + "We talked about his mother without tension."), "learned", "It is the doing together that "
                        + "calms me, not the meal."), daysAgo(4, 22));

        homework.assign(caseId, chen, therapist, catalog.byCode(EXCEPTION_LOG), null, null, null, daysAgo(23, 18));
        long again = give(caseId, chen, therapist, HOPE_QUESTIONS, 1, 3,
                "Let us revisit this before Thursday: one small step, nothing more.");
        homework.saveDraft(again, answers("tonight", "Maybe we cook together"), daysAgo(0, 8));
    }

    /**
     * Zhao Lei and Zhou Ting, day 44, stage 6. Talking was too much at first: each began with their own
     * ways of coping (his focus on work, her journal and friends); later a small kind gesture a day, his
     * first the jasmine tea she likes, left on her desk, thawed the silences.
     */
    void couple(long caseId, long zhao, long zhou, long therapist) {
        long zc = give(caseId, zhao, therapist, COPING_LIST, 43, -38, null);
        long tc = give(caseId, zhou, therapist, COPING_LIST, 43, -38, null);
        homework.submit(zc, answers("ways", List.of("Throwing myself into work (I felt guilty about it, but it "
                + "kept me steady)", "Long walks after dinner", "Basketball with colleagues on Thursdays",
                "Telling myself we will find a way back")), daysAgo(40, 21));
        homework.submit(tc, answers("ways", List.of("Writing in my journal every night", "Talking with my friends, "
                + "especially Lan", "Seeing friends at the weekend", "Telling myself it will not always be like "
                + "this")), daysAgo(39, 22));
        homework.review(zc, "Your focus on work carried you through a very hard time. That is a way of coping and "
                + "a strength, not something to feel guilty about.", daysAgo(38, 9));
        homework.review(tc, "Your journal and your friends kept you going while you felt alone. They show how much "
                + "you are able to care and to stay connected.", daysAgo(38, 9));
        homework.assign(caseId, zhao, therapist, catalog.byCode(EXCEPTION_LOG), null, null, null, daysAgo(36, 18));
        homework.assign(caseId, zhou, therapist, catalog.byCode(EXCEPTION_LOG), null, null, null, daysAgo(36, 18));

        long values = give(caseId, zhao, therapist, VALUE_RANKING, 20, -14, null);
        homework.submit(values, answers("values", List.of("Respect", "Warmth", "Safety", "Understanding", "Fun"),
                "focus", "Warmth", "why", "After weeks of cold silence, warmth is what we are missing most, and "
                        + "I can offer it without having to talk everything through.", "act",
                "Make tea for both of us every evening this week."), daysAgo(15, 21));

        long menu = give(caseId, zhou, therapist, ACTION_MENU, 12, -6, null);
        homework.submit(menu, answers("actions", List.of("Leave a note in his bag",
                "Send a photo from my lunch break", "Say good night even after an argument", "Hug for thirty seconds "
                        + "when he comes home", "Ask about his day before talking about mine", "Put his jacket on "
                        + "the radiator when it rains", "Walk around the lake on Sunday", "Cook his mother's soup",
                "Put the phones in the drawer at dinner", "Say thank you for one small thing each day")),
                daysAgo(8, 20));
        homework.review(menu, "Ten concrete, doable actions, each small enough for a tired evening.", daysAgo(7, 9));

        // Ready by day 23, and a week into the kind gestures: a first shared answer, written, not talked through,
        // each adding a line in their own time (decision 033).
        List<Long> hope = homework.assignJoint(caseId, List.of(zhao, zhou), therapist, catalog.byCode(HOPE_QUESTIONS),
                "Write it together here, one line at a time, whenever you like. No need to talk it through first.",
                today().minusDays(4), daysAgo(11, 19));
        homework.saveJoint(hope.get(1), zhou, answers("tonight", "We would say good night before going to our rooms."),
                daysAgo(10, 21));
        homework.saveJoint(hope.get(0), zhao, answers("tonight", "We would say good night before going to our rooms.\n"
                + "We would drink jasmine tea together after dinner, even without talking much."), daysAgo(9, 22));
        homework.saveJoint(hope.get(1), zhou, answers("tonight", "We would both say good night, and mean it.\n"
                + "We would drink jasmine tea together after dinner, even without talking much.", "partner",
                "He would want me to smile when he comes home."), daysAgo(8, 20));
        homework.sendJoint(hope.get(0), daysAgo(8, 22));
        homework.review(hope.get(0), "Three small, concrete pictures, and both your voices in them. The evening tea "
                + "is already happening on some days: notice when it does.", daysAgo(7, 9));

        give(caseId, zhao, therapist, PROGRESS_NARRATIVE, 4, 3, null);
        give(caseId, zhou, therapist, PROGRESS_NARRATIVE, 6, -2, null);
        give(caseId, zhou, therapist, FUTURE_PREVENTION, 2, 5, null);
        // Zhao Lei has sent his prevention plan: his watch list (decision record 035); Zhou Ting's is still open.
        long prevention = give(caseId, zhao, therapist, FUTURE_PREVENTION, 5, -1, null);
        homework.submit(prevention, answers("signs", List.of("I stay late at the office so that I do not have to "
                        + "go home", "I answer her in one word, or not at all", "I stop making the evening tea"),
                "then", "Tell her I need a moment, and come back to it the same evening instead of going quiet "
                        + "for days.",
                "coping", "A long walk after dinner, basketball on Thursdays, and making the jasmine tea she likes, "
                        + "even on a bad day.",
                "support", "Our weekly check-in; my friend Wei when I need to talk; a session if a silence lasts "
                        + "longer than two days."), daysAgo(1, 21));
        homework.review(prevention, "A plan in your own words, built from what already works for you.", daysAgo(0, 9));
        // Now that the silences thaw, a first try at listening to each other, as a pair.
        String pair = HomeworkProvisioning.newPairKey();
        var stance = catalog.byCode(COLLABORATIVE_STANCE);
        homework.assign(caseId, zhao, therapist, stance, pair, null, today().plusDays(5), daysAgo(2, 18));
        homework.assign(caseId, zhou, therapist, stance, pair, null, today().plusDays(5), daysAgo(2, 18));
        zhaoLeiLoop(caseId, zhao, therapist);
    }

    /**
     * Zhao Lei's weekly loop (decision record 034), from the session that agreed a kind gesture a day: his
     * Action Menu, a first week of Commitment and Feedback Loop (the jasmine tea), and the next week's
     * Commitment starting from what he adjusted. The Feedback Loop of that second week is sent only once
     * the week is over; until then it is open.
     */
    void zhaoLeiLoop(long caseId, long zhao, long therapist) {
        long menu = give(caseId, zhao, therapist, ACTION_MENU, 12, -6, null);
        homework.submit(menu, answers("actions", List.of("Jasmine tea on her desk before work",
                "Say good night, even on a quiet day", "Make tea for both of us in the evening",
                "Send a photo when I travel for work", "Carry the shopping up without being asked",
                "Ask how her day was and listen to the end", "Leave the porch light on when she is out late",
                "Walk around the lake on Sunday", "Put my phone away at dinner",
                "Say thank you for one small thing each day")), daysAgo(11, 21));
        homework.review(menu, "Ten gestures, none of them needing the right words first.", daysAgo(10, 9));

        var commitmentExercise = catalog.byCode(COMMITMENT_EXPERIMENT);
        var feedbackExercise = catalog.byCode(FEEDBACK_LOOP);
        Instant given = daysAgo(12, 18);
        long commitment = homework.assign(caseId, zhao, therapist, commitmentExercise, null, null, null, given);
        long feedback = homework.assign(caseId, zhao, therapist, feedbackExercise, null, null, null, given);
        List<String> gestures = List.of("Jasmine tea on her desk before work", "Say good night, even on a quiet day");
        homework.submit(commitment, answers("chosen", gestures,
                "try1", "Make the jasmine tea she likes and leave it on her desk before I go, every workday.",
                "learn1", "Whether a small gesture can say something while words are still hard.",
                "knowLearned1", "If the evenings feel a little lighter.",
                "try2", "Say good night every evening, whatever the day was like.",
                "learn2", "What it is like to end the day without a wall between us.",
                "knowLearned2", "If I fall asleep less tense."), daysAgo(11, 22));
        homework.review(commitment, "Two gestures that ask nothing back. A good experiment.", daysAgo(10, 9));
        LocalDate firstWeek = homework.weekOf(commitment);
        Instant firstSunday = at(firstWeek.plusDays(6), 20);
        homework.submit(feedback, answers("actions", gestures,
                "happened1", "Tea on five mornings. On the third she left a note on my desk: thank you.",
                "learned1", "She notices small things. I do not need the right words first.",
                "adjust1", "Keep the tea, and send a short message on the days I travel for work.",
                "happened2", "Good night came easily on four evenings; twice it felt stiff, but I said it.",
                "learned2", "Saying it matters more than how it sounds.",
                "adjust2", "Keep it, and ask one small question about her day before it."), firstSunday);
        homework.review(feedback, "She noticed, and you kept going when it felt stiff. Both matter.",
                before(firstSunday.plusSeconds(13 * 3600)));

        // The second week opens on its Monday, as it would the first time he looked.
        LocalDate secondWeek = firstWeek.plusDays(7);
        Instant opened = before(at(secondWeek, 7));
        long commitment2 = homework.nextWeek(commitment, opened);
        long feedback2 = homework.nextWeek(feedback, opened);
        List<String> again = List.of("Jasmine tea on her desk before work", "Say good night, even on a quiet day");
        homework.submit(commitment2, answers("chosen", again,
                "try1", "Keep the tea on workdays, and send a short message on the days I travel for work.",
                "learn1", "Whether warmth carries from far away.",
                "knowLearned1", "If she writes back, even one word.",
                "try2", "Ask one small question about her day before I say good night.",
                "learn2", "Whether a question opens a little talk without pressure.",
                "knowLearned2", "If we talk a minute longer than before."), before(at(secondWeek, 8)));
        Instant secondSunday = at(secondWeek.plusDays(6), 20);
        if (secondSunday.isBefore(clock.instant())) {
            homework.submit(feedback2, answers("actions", again,
                    "happened1", "Tea on three mornings, messages on the two travel days. She sent back a photo of her tea.",
                    "learned1", "Warmth travels. It does not need me in the room.",
                    "adjust1", "Keep both, and make the message the first thing I do in the morning.",
                    "happened2", "Three small questions; one became a twenty-minute talk about her sister.",
                    "learned2", "A small question is easier for both of us than a big one.",
                    "adjust2", "Keep asking, and let her ask me one back."), secondSunday);
            homework.review(feedback2, "A twenty-minute talk: the question did its work.",
                    before(secondSunday.plusSeconds(13 * 3600)));
        }
    }

    private Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 30)).atZone(clock.getZone()).toInstant();
    }

    /** {@code at}, or a minute ago when {@code at} is still to come (the demo may be seeded early on a Monday). */
    private Instant before(Instant at) {
        Instant now = clock.instant().minusSeconds(60);
        return at.isBefore(now) ? at : now;
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
