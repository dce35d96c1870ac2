package app.tether.reliability;

/** Scenario 2 of issue 16 (stub: replaced by the scenario's own work). */
final class DatabaseRestartScenario {

    private DatabaseRestartScenario() {
    }

    static ScenarioResult run(ReliabilityRun run) throws Exception {
        return ScenarioResult.notRun(2, "DatabaseRestart", "not written yet");
    }
}
