package app.tether.reliability;

/** Scenario 3 of issue 16 (stub: replaced by the scenario's own work). */
final class CrashScenario {

    private CrashScenario() {
    }

    static ScenarioResult run(ReliabilityRun run) throws Exception {
        return ScenarioResult.notRun(3, "Crash", "not written yet");
    }
}
