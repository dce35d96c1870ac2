package app.tether.reliability;

/** Scenario 4 of issue 16 (stub: replaced by the scenario's own work). */
final class HostileInputScenario {

    private HostileInputScenario() {
    }

    static ScenarioResult run(ReliabilityRun run) throws Exception {
        return ScenarioResult.notRun(4, "Hostile", "not written yet");
    }
}
