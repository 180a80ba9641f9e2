package csp.enrollment.verification;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTests {

    private static final String[] FRAMEWORKS = { "org.springframework..", "org.apache.avro..", "org.apache.kafka..",
            "com.mongodb..", "org.bson..", "csp.enrollment.events.." };

    private final JavaClasses classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages("csp.enrollment.verification");

    @Test
    void rulesArePlainJava() {
        noClasses().that()
            .resideInAPackage("..verification.profile..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FRAMEWORKS)
            .check(classes);
    }

    @Test
    void caseModelIsPlainJava() {
        noClasses().that()
            .haveSimpleNameEndingWith("Case")
            .or()
            .haveSimpleName("Review")
            .or()
            .haveSimpleName("OutputEvent")
            .or()
            .haveSimpleName("Markets")
            .or()
            .haveSimpleName("Membership")
            .or()
            .haveSimpleName("PartnerNetworkDirectory")
            .or()
            .haveSimpleName("TenantClaim")
            .or()
            .haveSimpleName("TenantClaims")
            .or()
            .haveSimpleName("EndOfEnrollment")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FRAMEWORKS)
            .check(classes);
    }

    @Test
    void avroAndKafkaStayInTheMessagingPackage() {
        noClasses().that()
            .resideOutsideOfPackage("..verification.messaging..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.apache.avro..", "org.apache.kafka..", "org.springframework.kafka..",
                    "csp.enrollment.events..")
            .check(classes);
    }

}
