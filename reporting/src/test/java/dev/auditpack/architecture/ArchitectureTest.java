package dev.auditpack.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.auditpack.evidence.Arn;
import org.junit.jupiter.api.Test;

/** The boundaries the design depends on. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("dev.auditpack");

    @Test
    void onlyCollectorsTalkToAws() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.auditpack.collector..")
                .and()
                .doNotHaveFullyQualifiedName(Arn.class.getName())
                .should()
                .dependOnClassesThat()
                .resideInAPackage("software.amazon.awssdk..")
                .because("checks and reports must work from the locker alone, offline")
                .check(CLASSES);
    }

    @Test
    void theArnTypeReadsOnlyTheSdksRegionMetadata() {
        noClasses()
                .that()
                .haveFullyQualifiedName(Arn.class.getName())
                .should()
                .dependOnClassesThat(resideInAPackage("software.amazon.awssdk..")
                        .and(not(resideInAPackage("software.amazon.awssdk.regions"))))
                .check(CLASSES);
    }

    @Test
    void checksEvaluationProfileAndReportsReadTheEvidenceContractNotTheCollectors() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "dev.auditpack.check..",
                        "dev.auditpack.evaluation..",
                        "dev.auditpack.profile..",
                        "dev.auditpack.report..",
                        "dev.auditpack.evidence..")
                .and()
                .doNotHaveFullyQualifiedName(Arn.class.getName())
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.auditpack.collector..")
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage("software.amazon.awssdk..")
                .because("they read evidence through dev.auditpack.evidence (ids, keys, freshness, readers), so a "
                        + "locker is judged by what it records and the SDK stays with the collectors")
                .check(CLASSES);
    }

    @Test
    void onlyTheCommandLineWritesToStandardStreams() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.auditpack.cli..")
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .check(CLASSES);
    }

    @Test
    void checksNeverReachForReportsOrTheCommandLine() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "dev.auditpack.check..",
                        "dev.auditpack.evaluation..",
                        "dev.auditpack.framework..",
                        "dev.auditpack.evidence..",
                        "dev.auditpack.collector..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.auditpack.report..", "dev.auditpack.cli..", "dev.auditpack.pack..")
                .check(CLASSES);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("dev.auditpack.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
