package dev.auditpack.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AuditPeriodTest {

    @Test
    void readsEveryForm() {
        assertThat(AuditPeriod.parse("2026-Q4"))
                .isEqualTo(new AuditPeriod("2026-Q4", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)));
        assertThat(AuditPeriod.parse("2026-q1").end()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(AuditPeriod.parse("2026-H2").start()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(AuditPeriod.parse("2024-02").end()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(AuditPeriod.parse("2026").days()).isEqualTo(365);
        assertThat(AuditPeriod.parse("2026-10-15..2026-11-14").days()).isEqualTo(31);
    }

    @Test
    void refusesWhatIsNotAPeriod() {
        assertThatThrownBy(() -> AuditPeriod.parse("Q4")).hasMessageContaining("use 2026-Q4");
        assertThatThrownBy(() -> AuditPeriod.parse("2026-Q5")).hasMessageContaining("not a period");
        assertThatThrownBy(() -> AuditPeriod.parse("2026-02-30..2026-03-01")).hasMessageContaining("not a real date");
        assertThatThrownBy(() -> AuditPeriod.parse("2026-12-01..2026-11-01")).hasMessageContaining("before it starts");
    }

    @Test
    void coverageNeedsEveryDay() {
        AuditPeriod q4 = AuditPeriod.parse("2026-Q4");
        assertThat(q4.isCoveredBy(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 12, 31)))
                .isTrue();
        assertThat(q4.isCoveredBy(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 9, 30)))
                .isFalse();
        assertThat(q4.isCoveredBy(LocalDate.of(2026, 10, 2), LocalDate.of(2027, 9, 30)))
                .isFalse();
        assertThat(AuditPeriod.quarterOf(LocalDate.of(2026, 11, 28)).label()).isEqualTo("2026-Q4");
    }
}
