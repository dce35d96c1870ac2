package app.tether.reliability;

/** Scenario 6 of issue 16 (stub: replaced by the scenario's own work). */
final class TwoNodesScenario {

    private TwoNodesScenario() {
    }

    static ScenarioResult run(ReliabilityRun run) throws Exception {
        return ScenarioResult.notRun(6, "TwoNodes", "not written yet");
    }
}
