package dev.auditpack.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The boundaries the design depends on. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("dev.auditpack");

    @Test
    void onlyCollectorsTalkToAws() {
        noClasses().that().resideOutsideOfPackage("dev.auditpack.collector..")
                .should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk..")
                .because("checks and reports must work from the locker alone, offline")
                .check(CLASSES);
    }

    @Test
    void onlyTheCommandLineWritesToStandardStreams() {
        noClasses().that().resideOutsideOfPackage("dev.auditpack.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(CLASSES);
    }

    @Test
    void checksNeverReachForReportsOrTheCommandLine() {
        noClasses().that().resideInAnyPackage("dev.auditpack.check..", "dev.auditpack.evaluation..",
                        "dev.auditpack.framework..", "dev.auditpack.evidence..", "dev.auditpack.collector..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.auditpack.report..", "dev.auditpack.cli..",
                        "dev.auditpack.pack..")
                .check(CLASSES);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("dev.auditpack.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
