package app.tether.reliability;

/**
 * One row of the reliability report: what the scenario did, the figures it measured, and whether
 * everything it asserts held. {@code problems} lists what did not hold (empty when held).
 */
public record ScenarioResult(int number, String title, String done, String figures, boolean held,
                             java.util.List<String> problems) {

    public ScenarioResult {
        problems = problems == null ? java.util.List.of() : java.util.List.copyOf(problems);
    }

    public static ScenarioResult of(int number, String title, String done, String figures,
                                    java.util.List<String> problems) {
        return new ScenarioResult(number, title, done, figures, problems == null || problems.isEmpty(), problems);
    }

    public static ScenarioResult notRun(int number, String title, String why) {
        return new ScenarioResult(number, title, "did not run", "", false, java.util.List.of(why));
    }
}
