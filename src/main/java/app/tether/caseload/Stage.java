package app.tether.caseload;

/** The six programme stages with their nominal day ranges on a first pass. */
public enum Stage {
    COLLABORATIVE_ESTABLISHMENT(1, 1, 7),
    RESOURCE_IDENTIFICATION(2, 8, 14),
    VISION_CLARIFICATION(3, 15, 21),
    EXCEPTION_AMPLIFICATION(4, 22, 28),
    ACTION_CONSTRUCTION(5, 29, 35),
    CONSOLIDATION_AND_MAINTENANCE(6, 36, 40);

    private final int number;
    private final int firstDay;
    private final int lastDay;

    Stage(int number, int firstDay, int lastDay) {
        this.number = number;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
    }

    public int number() {
        return number;
    }

    public int firstDay() {
        return firstDay;
    }

    /** Nominal last day; stage 6 goes on past it. */
    public int lastDay() {
        return lastDay;
    }

    public String labelKey() {
        return "stage." + number;
    }

    public static Stage of(int number) {
        if (number < 1 || number > 6) {
            throw new IllegalArgumentException("Stage must be 1-6: " + number);
        }
        return values()[number - 1];
    }
}
