package csp.enrollment.localstack;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The stack launcher knows none of the tools that run against it: the benchmark and the
 * fault suite depend on the stack, and only the jar's entry point knows all of them.
 */
class PackageDependencyTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("csp.enrollment.localstack");

    @Test
    void theStackDependsOnNoToolThatRunsAgainstIt() {
        noClasses().that()
            .resideInAPackage("csp.enrollment.localstack")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("csp.enrollment.localstack.bench..", "csp.enrollment.localstack.faults..",
                    "csp.enrollment.localstack.command..")
            .check(CLASSES);
    }

    @Test
    void theToolsHaveNoCyclesBetweenThem() {
        slices().matching("csp.enrollment.localstack.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

}
