package app.tether.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMariaDbDataFolderTest {

    @TempDir
    Path root;

    @Test
    void the_database_lives_inside_the_data_folder() {
        Path db = root.resolve("data").resolve("mariadb");
        assertThat(EmbeddedMariaDb.legacyAware(db)).isEqualTo(db);
    }

    @Test
    void a_data_folder_that_is_itself_a_database_from_an_earlier_version_is_used_as_it_is() throws Exception {
        Path old = root.resolve("tether-db");
        Files.createDirectories(old.resolve("mysql"));
        assertThat(EmbeddedMariaDb.legacyAware(old.resolve("mariadb"))).isEqualTo(old);
    }

    @Test
    void a_new_folder_next_to_nothing_is_not_mistaken_for_an_old_one() throws Exception {
        Path fresh = root.resolve("fresh");
        Files.createDirectories(fresh);
        assertThat(EmbeddedMariaDb.legacyAware(fresh.resolve("mariadb"))).isEqualTo(fresh.resolve("mariadb"));
    }
}
