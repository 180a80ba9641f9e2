package csp.enrollment.intake;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import csp.enrollment.messaging.EventIds;

/** The domain is plain Java; Avro and Kafka stay at the messaging edge. */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("csp.enrollment.intake");

    @Test
    void keepsTheDomainFreeOfFrameworks() {
        noClasses().that()
            .resideInAnyPackage("..intake.application..", "..intake.status..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "org.apache.kafka..", "org.apache.avro..", "com.mongodb..",
                    "org.bson..", "tools.jackson..", "com.fasterxml..", "jakarta..", "csp.enrollment.events..",
                    "csp.enrollment.messaging..")
            .check(CLASSES);
    }

    /**
     * {@link EventIds} is plain Java: the partner's commands derive their events' ids the
     * way every service does.
     */
    @Test
    void keepsAvroAndKafkaInTheMessagingPackage() {
        noClasses().that()
            .resideOutsideOfPackage("..intake.messaging..")
            .should()
            .dependOnClassesThat(resideInAnyPackage("org.apache.kafka..", "org.apache.avro..",
                    "org.springframework.kafka..", "csp.enrollment.events..", "csp.enrollment.messaging..")
                .and(not(equivalentTo(EventIds.class))))
            .check(CLASSES);
    }

    @Test
    void keepsTheDomainIndependentOfTheEdges() {
        noClasses().that()
            .resideInAnyPackage("..intake.application..", "..intake.status..", "..intake.enrollment..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..intake.web..", "..intake.messaging..")
            .check(CLASSES);
    }

    @Test
    void injectsThroughConstructorsOnly() {
        noClasses().should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.springframework.beans.factory.annotation.Autowired")
            .check(CLASSES);
    }

    @Test
    void keepsListenersInTheMessagingPackage() {
        classes().that()
            .haveSimpleNameEndingWith("Listener")
            .should()
            .resideInAPackage("..intake.messaging..")
            .check(CLASSES);
    }

}
