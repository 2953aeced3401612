package dev.auditpack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.auditpack.collector.CollectionListener;
import dev.auditpack.collector.Collector;
import dev.auditpack.evidence.CollectionError;
import dev.auditpack.evidence.ErrorCategory;
import dev.auditpack.evidence.Target;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void oneLineIsRewrittenInPlaceAndEndsWhenEveryRunIsDone() {
        StringWriter text = new StringWriter();
        Progress progress = new Progress(new PrintWriter(text));
        Collector collector = Collector.all().get(0);
        progress.planned(2, 3, 3);
        progress.finished(collector, new Target("111111111111", "eu-west-1"), 0);
        progress.failed(
                collector,
                new Target("222222222222", "eu-west-1"),
                new CollectionError(
                        collector.id(),
                        "222222222222",
                        "eu-west-1",
                        "ListThings",
                        "svc:ListThings",
                        null,
                        "AccessDenied",
                        403,
                        "denied",
                        ErrorCategory.values()[0],
                        Instant.EPOCH));
        progress.finished(collector, new Target("222222222222", "us-east-1"), 2);

        String shown = text.toString();
        assertThat(shown).startsWith("\rcollecting: 0/2 accounts, 3 regions, 0/3 collector runs, 0 error(s)");
        assertThat(shown)
                .as("the last state, then a new line")
                .endsWith("\rcollecting: 2/2 accounts, 3 regions, 3/3 collector runs, 3 error(s)   "
                        + System.lineSeparator());
        assertThat(shown.substring(0, shown.length() - System.lineSeparator().length()))
                .as("one line, rewritten")
                .doesNotContain("\n");
    }

    @Test
    void withoutATerminalNothingIsShown() {
        // The test JVM's standard streams are not a terminal.
        assertThat(Progress.forTerminal(new PrintWriter(new StringWriter()))).isSameAs(CollectionListener.NONE);
    }
}
