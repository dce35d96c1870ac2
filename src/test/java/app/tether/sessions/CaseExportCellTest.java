package app.tether.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Export cells: formulas are defused, and removing one leading apostrophe gives the stored text back. */
class CaseExportCellTest {

    @Test
    void cells_that_a_spreadsheet_would_run_get_one_apostrophe_and_so_do_cells_that_start_with_one() {
        assertThat(CaseExportService.cell("=1+1")).isEqualTo("\"'=1+1\"");
        assertThat(CaseExportService.cell("+1")).isEqualTo("\"'+1\"");
        assertThat(CaseExportService.cell("-1")).isEqualTo("\"'-1\"");
        assertThat(CaseExportService.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(CaseExportService.cell("\t=1")).isEqualTo("\"'\t=1\"");
        assertThat(CaseExportService.cell("\r=1")).isEqualTo("\"'\r=1\"");
        // Without this, a stored "'=1" and a stored "=1" would export the same.
        assertThat(CaseExportService.cell("'=1")).isEqualTo("\"''=1\"");
        assertThat(CaseExportService.cell("plain \"quoted\"")).isEqualTo("\"plain \"\"quoted\"\"\"");
        assertThat(CaseExportService.cell(null)).isEqualTo("\"\"");
    }
}
