package app.tether.reliability;

/** Scenario 1 of issue 16 (stub: replaced by the scenario's own work). */
final class LoadScenario {

    private LoadScenario() {
    }

    static ScenarioResult run(ReliabilityRun run) throws Exception {
        return ScenarioResult.notRun(1, "Load", "not written yet");
    }
}
