package app.tether.demo;

import app.tether.exceptionlog.EntryInput;
import app.tether.exceptionlog.ExceptionProvisioning;
import app.tether.scales.RatingSource;
import app.tether.scales.ScaleProvisioning;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Scale ratings and exception-log entries for the demo cases, following the case studies:
 * Chen Jing from 2-3 to 6-7 during action construction; Zhao Lei and Zhou Ting from 1-2 to 5 over six
 * weeks; Liu Jia rising.
 */
@Component
class DemoEvidence {

    private final ScaleProvisioning scale;
    private final ExceptionProvisioning log;
    private final Clock clock;

    DemoEvidence(ScaleProvisioning scale, ExceptionProvisioning log, Clock clock) {
        this.scale = scale;
        this.log = log;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Ratings on the given days ago, oldest first. */
    private void ratings(long caseId, long client, int[] daysAgo, int[] values) {
        for (int i = 0; i < daysAgo.length; i++) {
            scale.rate(caseId, client, today().minusDays(daysAgo[i]), values[i], RatingSource.HOME, null);
        }
    }

    private void moment(long caseId, long client, int daysAgo, int hour, String context, String behaviour,
                        String thoughts, String emotions, String meaning, boolean significant, boolean reviewed,
                        String... tags) {
        LocalDateTime at = LocalDateTime.of(today().minusDays(daysAgo), LocalTime.of(hour, (daysAgo * 7) % 60));
        log.log(caseId, client, new EntryInput(at, context, behaviour, thoughts, emotions, meaning, List.of(tags),
                significant), reviewed);
    }

    /**
     * Chen Jing: 2 to 3 until stage 5 (day 27, five days ago), then rising to 7. The log starts at the
     * second session; the weekly check-in is logged only after the session that agreed it.
     */
    void chenJing(long caseId, long chen) {
        ratings(caseId, chen, new int[] {30, 27, 24, 21, 19, 16, 13, 11, 9, 7, 5, 4, 3, 2},
                new int[] {2, 3, 2, 3, 3, 3, 3, 3, 3, 3, 4, 5, 5, 6});
        scale.rate(caseId, chen, today().minusDays(1), 7, RatingSource.HOME, null, new app.tether.scales.ScaleFollowUp(
                "We kept our weekly check-in even though we were both tired, and I did not check my phone first "
                        + "thing this morning.",
                "I would tell him when I feel the old worry coming, instead of waiting for him to notice."));
        scale.rate(caseId, chen, today().minusDays(13), 3, RatingSource.HOMEWORK, null);
        // Her moments cluster around doing things side by side at the weekend: shopping on Saturdays,
        // cooking on Sundays, each tagged for what it was (the texts name the day, so they follow the calendar).
        int[] weekendDays = weekendDaysAgo(22, 6);
        String[][] saturday = {
            {"Saturday morning at the market, choosing vegetables together.", "I asked what he wanted to cook instead of checking his mood.", "This is easy.", "Light, curious.", "Doing things side by side calms me."},
            {"Shopping for his sister's present together.", "I let him decide.", null, "Calm.", null},
        };
        String[][] sunday = {
            {"We cooked dumplings on Sunday, music on.", "I laughed at my own mistakes.", "He is enjoying this too.", "Warm.", "I can relax when our hands are busy."},
            {"Long Sunday lunch we made together.", "I did not look at my phone.", "We are a team.", "Safe.", "The weekend rhythm works for us."},
        };
        int saturdays = 0;
        int sundays = 0;
        for (int i = 0; i < weekendDays.length; i++) {
            boolean isSaturday = today().minusDays(weekendDays[i]).getDayOfWeek() == java.time.DayOfWeek.SATURDAY;
            String[] t = isSaturday ? saturday[saturdays++ % saturday.length] : sunday[sundays++ % sunday.length];
            moment(caseId, chen, weekendDays[i], isSaturday ? 10 + i % 2 : 12 + i % 2, t[0], t[1], t[2], t[3], t[4], i % 3 == 0,
                    weekendDays[i] > 5, isSaturday ? "shopping together" : "cooking together", "weekend",
                    "shared activity");
        }
        moment(caseId, chen, 4, 8, "A quiet morning: I made a coffee and sat by the window before looking at my phone.",
                "I left the phone in the other room until breakfast.", null, "Calm.",
                "A piece of my miracle morning is already possible.", false, true, "calm mood", "at home");
        moment(caseId, chen, 3, 20, "Our first 15-minute check-in, on the sofa after dinner.",
                "I said what I needed early and calmly, instead of saving it up.", "He is listening.", "Relieved.",
                "Saying it early keeps it small.", true, true, "check-in talk", "evening");
        moment(caseId, chen, 2, 19, "He was late and sent a short message.", "I went for a run instead of calling twice.",
                "He is just late, that is all.", "A little uneasy, then fine.", "I can wait without panicking.", true, false,
                "calm mood", "evening");
    }

    /**
     * Zhao Lei and Zhou Ting, each in their own words: small thaws at first, then the week of kind gestures
     * that began with his jasmine tea on her desk.
     */
    void couple(long caseId, long zhao, long zhou) {
        ratings(caseId, zhao, new int[] {42, 38, 35, 31, 28, 24, 21, 17, 14, 10, 7, 3, 1},
                new int[] {1, 1, 2, 2, 3, 2, 3, 3, 4, 4, 4, 5, 5});
        ratings(caseId, zhou, new int[] {42, 37, 34, 30, 27, 23, 20, 16, 13, 9, 6, 2},
                new int[] {2, 2, 2, 3, 3, 2, 3, 4, 4, 4, 5, 5});
        // Zhao Lei's moments.
        moment(caseId, zhao, 35, 19, "We sorted out the weekend shopping by talking in the kitchen, not by text.",
                "I asked her a question instead of sending a message.", "A few words are possible.",
                "Tense, then a little easier.", "Even a short exchange is better than none.", false, true, "at home");
        moment(caseId, zhao, 29, 8, "She said good morning before I left.", "I said it back and smiled.", null,
                "Lighter on the way to work.", null, false, true, "message before separating");
        moment(caseId, zhao, 17, 20, "She left a slice of cake on my desk after her friend's birthday.",
                "I went and thanked her.", "She still thinks of me.", "Moved.",
                "A small gesture changes the whole evening.", true, true, "kind gesture", "evening");
        moment(caseId, zhao, 11, 8, "Before work I made a cup of the jasmine tea she likes and put it on her desk.",
                "I did it without waiting for her to go first.", "I do not need the right words to start.",
                "Nervous, then relieved when she came to thank me.", "I can make the first move with something small.",
                true, true, "kind gesture");
        moment(caseId, zhao, 8, 19, "She put my jacket on the radiator on a rainy evening.", "I told her I noticed.",
                null, "Looked after.", null, false, true, "kind gesture", "evening", "at home");
        moment(caseId, zhao, 5, 9, "Away for work, I sent her a photo of the hotel breakfast.",
                "I wrote first, without needing a reason.", "She will like this.", "Close, even far away.", null,
                false, true, "photo shared");
        moment(caseId, zhao, 3, 21, "Her soup was waiting when I got home from the trip.",
                "I thanked her and told her about the trip over dinner.", "We can talk for an hour and it stays easy.",
                "At home again.", "We are starting to talk, not only to be kind.", true, false, "kind gesture",
                "evening", "at home");
        // Zhou Ting's moments.
        moment(caseId, zhou, 33, 20, "He texted to ask if I wanted anything from the shop.",
                "I answered with a whole sentence, not just OK.", "He is trying.", "A bit less alone.", null, false,
                true, "evening");
        moment(caseId, zhou, 26, 21, "We watched the same programme in the living room.",
                "I stayed instead of going to my room.", null, "Calm.",
                "Being in the same room without talking can be peaceful, not only cold.", false, true,
                "shared activity", "evening", "at home");
        moment(caseId, zhou, 14, 19, "He noticed I was tired and made dinner.", "I told him it mattered to me.",
                "He does see me.", "Grateful.", null, false, true, "kind gesture", "evening");
        moment(caseId, zhou, 11, 9, "I found a cup of the jasmine tea I like on my desk. He had put it there "
                + "without a word.", "I went to find him, said thank you, and we sat together for a while.",
                "The silence does not have to last.", "Touched; my shoulders dropped.",
                "One small kind act from either of us can end a silence.", true, true, "kind gesture");
        moment(caseId, zhou, 9, 8, "Morning, before he left.", "I sent him a message: have a good day, see you tonight.",
                null, "Connected.", "A few words before we part keep us close.", false, true,
                "message before separating");
        moment(caseId, zhou, 5, 13, "His photo from the trip made me laugh.", "I sent one back, of the cat.", null,
                "Warm.", "We can be playful again.", false, true, "photo shared");
        moment(caseId, zhou, 3, 19, "The evening he came back from his trip, I had made his mother's soup.",
                "I did not wait for him to make the first move.", "We are both doing this now.",
                "Happy, a little shy.", "The kind gestures go both ways.", true, false, "kind gesture", "evening",
                "at home");
    }

    void liuJia(long caseId, long liu) {
        ratings(caseId, liu, new int[] {9, 7, 5, 3, 1}, new int[] {2, 2, 3, 3, 4});
        moment(caseId, liu, 8, 13, "He told me in the morning he would be in meetings until four.", "I did not text him.",
                "He is just busy.", "Calmer than usual.", "Knowing the plan helps me.", true, true, "plans announced");
        moment(caseId, liu, 6, 15, "He sent a photo of his lunch.", "I sent one back and went on with work.", null,
                "Happy.", null, false, true, "photo shared");
        moment(caseId, liu, 4, 8, "We had a short goodbye message before he left for the trip.",
                "I suggested we do this every time.", "This could be our ritual.", "Hopeful.",
                "A small ritual before we part makes the waiting easier.", true, false, "message before separating");
        moment(caseId, liu, 1, 18, "He announced he would call at nine, and did.", "I planned my evening around a class.",
                null, "Relaxed.", null, false, false, "plans announced", "evening");
    }

    /** Saturdays and Sundays within the last {@code span} days, newest last, at most {@code max}. */
    private int[] weekendDaysAgo(int span, int max) {
        return java.util.stream.IntStream.rangeClosed(1, span).map(d -> span + 1 - d)
                .filter(d -> today().minusDays(d).getDayOfWeek().getValue() >= 6).limit(max).toArray();
    }

    /**
     * Three of Chen Jing's moments from before {@code daysAgo} for her Exception Deep Description: one
     * shopping for food, one cooking, one meal made together where the log has them, else her earliest.
     */
    List<Long> chenJingDeepMoments(long caseId, long chen, int daysAgo) {
        var before = log.momentsOf(caseId, chen).stream()
                .filter(m -> m.happenedAt().toLocalDate().isBefore(today().minusDays(daysAgo))).toList();
        var chosen = new java.util.LinkedHashSet<Long>();
        for (String word : new String[] {"market", "cook", "lunch"}) {
            before.stream().filter(m -> m.summary().toLowerCase(java.util.Locale.ROOT).contains(word))
                    .map(app.tether.exceptionlog.MomentRef::id).filter(id -> !chosen.contains(id)).findFirst()
                    .ifPresent(chosen::add);
        }
        before.stream().map(app.tether.exceptionlog.MomentRef::id).filter(id -> chosen.size() < 3)
                .forEach(chosen::add);
        return List.copyOf(chosen).subList(0, Math.min(3, chosen.size()));
    }

    /** Sofia Márquez and Tomás Okafor: ratings that dipped with the new shifts, and a few moments each. */
    void sofiaAndTomas(long caseId, long sofia, long tomas) {
        ratings(caseId, sofia, new int[] {30, 22, 15, 8, 4, 1}, new int[] {3, 4, 4, 5, 4, 4});
        ratings(caseId, tomas, new int[] {30, 22, 15, 8, 4, 1}, new int[] {4, 4, 5, 6, 5, 5});
        moment(caseId, sofia, 18, 19, "Tomás cooked while I told him about my day.", "I asked him about his instead "
                + "of waiting to be asked.", "He does want to hear it.", "Warm, unhurried.", "Talking while our "
                + "hands are busy is easier for us.", true, true, "cooking together", "evening");
        moment(caseId, tomas, 12, 20, "We walked to the shop instead of driving.", "I held her hand without "
                + "thinking about it.", null, "Light.", "Side by side works for us.", false, true, "walking together");
        moment(caseId, sofia, 2, 7, "A note from Tomás on the kitchen table after his night shift.", "I wrote one "
                + "back before leaving.", "He is thinking of me even when we don't see each other.", "Moved.",
                "We can stay close with small things while the shifts last.", false, false, "notes", "morning");
    }
}
