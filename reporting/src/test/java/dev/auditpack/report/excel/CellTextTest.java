package dev.auditpack.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"})
    void recognisesTextASpreadsheetWouldEvaluate(String text) {
        assertThat(CellText.looksLikeFormula(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "arn:aws:s3:::bucket", " =1", "1-1"})
    void leavesOrdinaryTextAlone(String text) {
        assertThat(CellText.looksLikeFormula(text)).isFalse();
    }

    @Test
    void keepsTextThatFits() {
        String text = "y".repeat(CellText.MAX_CHARS);
        assertThat(CellText.fit(text)).isSameAs(text);
        assertThat(CellText.fit(null)).isEmpty();
    }

    @Test
    void doesNotSplitASurrogatePairWhenCutting() {
        int keep = CellText.MAX_CHARS - CellText.CUT_MARKER.length();
        String text = "a".repeat(keep - 1) + "😀" + "b".repeat(100);
        String fitted = CellText.fit(text);
        assertThat(fitted).endsWith("a" + CellText.CUT_MARKER).hasSizeLessThanOrEqualTo(CellText.MAX_CHARS);
    }
}
