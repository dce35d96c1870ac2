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
 * Chen Jing from 2-3 to 6-7; Zhao Lei and Zhou Ting from 1-2 to 5 over six weeks; Liu Jia rising.
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

    void chenJing(long caseId, long chen) {
        ratings(caseId, chen, new int[] {30, 27, 24, 21, 19, 16, 13, 11, 9, 7, 5, 3, 1},
                new int[] {2, 3, 3, 3, 4, 4, 4, 5, 5, 6, 6, 7, 7});
        scale.rate(caseId, chen, today().minusDays(13), 4, RatingSource.HOMEWORK, null);
        // Her moments cluster around doing things side by side at the weekend.
        int[] weekendDays = weekendDaysAgo(30, 8);
        String[][] weekend = {
            {"Saturday morning at the market, choosing vegetables together.", "I asked what he wanted to cook instead of checking his mood.", "This is easy.", "Light, curious.", "Doing things side by side calms me."},
            {"We cooked dumplings on Sunday, music on.", "I laughed at my own mistakes.", "He is enjoying this too.", "Warm.", "I can relax when our hands are busy."},
            {"Shopping for his sister's present together.", "I let him decide.", null, "Calm.", null},
            {"Long Saturday lunch we made together.", "I did not look at my phone.", "We are a team.", "Safe.", "The weekend rhythm works for us."},
        };
        for (int i = 0; i < weekendDays.length; i++) {
            String[] t = weekend[i % weekend.length];
            moment(caseId, chen, weekendDays[i], 11 + i % 3, t[0], t[1], t[2], t[3], t[4], i % 3 == 0, i > 2,
                    i % 2 == 0 ? "cooking together" : "shopping together", "weekend", "shared activity");
        }
        moment(caseId, chen, 16, 20, "Our first 15-minute check-in on Wednesday evening.", "I said what I needed calmly.",
                "He is listening.", "Relieved.", "Saying it early keeps it small.", true, true, "check-in talk", "evening");
        moment(caseId, chen, 9, 21, "Weekly check-in again.", "I listened to the end before answering.", null, "Steady.",
                null, false, true, "check-in talk", "evening", "calm mood");
        moment(caseId, chen, 2, 19, "He was late and sent a short message.", "I went for a run instead of calling twice.",
                "He is just late, that is all.", "A little uneasy, then fine.", "I can wait without panicking.", true, false,
                "calm mood", "evening");
    }

    void couple(long caseId, long zhao, long zhou) {
        ratings(caseId, zhao, new int[] {42, 38, 35, 31, 28, 24, 21, 17, 14, 10, 7, 3, 1},
                new int[] {1, 1, 2, 2, 3, 2, 3, 3, 4, 4, 4, 5, 5});
        ratings(caseId, zhou, new int[] {42, 37, 34, 30, 27, 23, 20, 16, 13, 9, 6, 2},
                new int[] {2, 2, 2, 3, 3, 2, 3, 4, 4, 4, 5, 5});
        String[][] gestures = {
            {"After work she made me a cup of jasmine tea without saying anything.", "I said thank you and sat with her.", "The silence does not have to last.", "Touched.", "A small gesture can end the silence."},
            {"Morning, before leaving.", "I sent a message: 'Have a good day, see you tonight.'", null, "Connected.", "A message before we separate keeps us close."},
            {"He noticed I was tired and cooked.", "I told him it mattered to me.", "He does see me.", "Grateful.", null},
        };
        for (int i = 0; i < 14; i++) {
            String[] t = gestures[i % gestures.length];
            boolean zhaoWrites = i % 2 == 0;
            moment(caseId, zhaoWrites ? zhao : zhou, 40 - i * 3, i % 3 == 1 ? 8 : 19, t[0], t[1], t[2], t[3], t[4],
                    i % 4 == 0, i < 10, i % 3 == 1 ? "message before separating" : "kind gesture",
                    i % 3 == 1 ? "at home" : "evening");
        }
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
}
