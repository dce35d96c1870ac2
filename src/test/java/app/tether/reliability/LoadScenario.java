package app.tether.reliability;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scenario 1 of issue 16: 50 clients at once, each on its own thread and signed in as themself,
 * send homework, log moments and rate the scale for the load's length, with no pause between writes,
 * while 5 therapists keep their home screens open. Every acknowledged write is then looked up by SQL:
 * there exactly once; no server error; figures per kind.
 */
final class LoadScenario {

    private LoadScenario() {
    }

    static ScenarioResult run(ReliabilityRun run) throws Exception {
        var settings = run.settings();
        long setupStarted = System.nanoTime();
        LoadPopulation population = LoadPopulation.of(run);
        double setup = (System.nanoTime() - setupStarted) / 1e9;
        var load = new ClientLoad(run, population, "load", false);
        load.start();
        Thread.sleep(settings.load().toMillis());
        load.stopAndWait(settings.ceiling());

        List<String> problems = new ArrayList<>(load.verify(run.bean(JdbcTemplate.class)));
        if (load.serverErrors() > 0) {
            problems.add(load.serverErrors() + " server errors: " + String.join("; ", load.errors()));
        }
        if (load.refused() > 0) {
            problems.add(load.refused() + " writes refused because the database did not answer (" + load.refusals() + ")");
        }
        if (load.acknowledged() == 0) {
            problems.add("no write was acknowledged");
        }
        if (load.homeUpdates() == 0) {
            problems.add("the therapists' home screens heard of no change");
        }
        String done = population.clients().size() + " clients (own threads, signed in) sent homework, logged moments "
                + "and rated the scale through the services the views call, without pauses, for "
                + settings.load().toSeconds() + " s while " + population.therapists().size()
                + " therapists kept home screens open; then every acknowledged write was looked up by SQL";
        String figures = load.figures() + String.format(java.util.Locale.ROOT, "; server errors %d; set-up %.1f s",
                load.serverErrors(), setup);
        return ScenarioResult.of(1, "Load", done, figures, problems);
    }
}
