package dev.auditpack.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SheetNamesTest {

    @Test
    void replacesCharactersExcelForbids() {
        assertThat(new SheetNames().claim("A/B:C*D?E[F]G\\H")).isEqualTo("A B C D E F G H");
    }

    @Test
    void cutsNamesToThirtyOneCharacters() {
        String name = new SheetNames().claim("ISO/IEC 27001:2022 Information security controls");
        // Cut at 31, then the trailing space is dropped.
        assertThat(name).isEqualTo("ISO IEC 27001 2022 Information");
    }

    @Test
    void numbersNamesAlreadyTakenIgnoringCase() {
        SheetNames names = new SheetNames();
        assertThat(names.claim("Findings")).isEqualTo("Findings");
        assertThat(names.claim("findings")).isEqualTo("findings (2)");
        assertThat(names.claim("Findings")).isEqualTo("Findings (3)");
    }

    @Test
    void keepsNumberedNamesWithinTheLimit() {
        SheetNames names = new SheetNames();
        String longName = "x".repeat(40);
        assertThat(names.claim(longName)).hasSize(31);
        assertThat(names.claim(longName)).hasSize(31).endsWith(" (2)");
    }

    @Test
    void neverGivesAnEmptyReservedOrQuoteBoundedName() {
        SheetNames names = new SheetNames();
        assertThat(names.claim("  ")).isEqualTo("Sheet");
        assertThat(names.claim("History")).isEqualTo("History sheet");
        assertThat(names.claim("'quoted'")).isEqualTo("quoted");
    }
}
