package csp.enrollment.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("csp.enrollment.notification");

    @Test
    void theDomainIsPlainJava() {
        noClasses().that()
            .resideInAnyPackage("..notification.notice..", "..notification.language..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "org.apache.kafka..", "org.apache.avro..", "com.mongodb..",
                    "org.bson..", "org.thymeleaf..", "jakarta.mail..", "csp.enrollment.events..")
            .check(CLASSES);
    }

    @Test
    void eventsAndKafkaStayInTheMessagingPackage() {
        noClasses().that()
            .resideOutsideOfPackage("..notification.messaging..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("csp.enrollment.events..", "org.apache.kafka..", "org.springframework.kafka..",
                    "org.apache.avro..")
            .check(CLASSES);
    }

    @Test
    void onlyTheRenderingUsesTheTemplateEngine() {
        noClasses().that()
            .resideOutsideOfPackage("..notification.rendering..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.thymeleaf..")
            .check(CLASSES);
    }

    @Test
    void onlyTheSmtpAdapterTalksSmtp() {
        noClasses().that()
            .doNotHaveSimpleName("SmtpEmailer")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("jakarta.mail..", "org.eclipse.angus..", "org.springframework.mail..")
            .check(CLASSES);
    }

}
