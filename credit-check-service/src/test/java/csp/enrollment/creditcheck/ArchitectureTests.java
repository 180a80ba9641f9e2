package csp.enrollment.creditcheck;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import csp.enrollment.creditcheck.bureau.BureauAnswer;
import csp.enrollment.creditcheck.bureau.BureauUnavailableException;
import csp.enrollment.creditcheck.bureau.CompanyRef;
import csp.enrollment.creditcheck.bureau.CreditBureau;
import csp.enrollment.creditcheck.check.Applicant;
import csp.enrollment.creditcheck.check.Attempt;
import csp.enrollment.creditcheck.check.Cause;
import csp.enrollment.creditcheck.check.CreditCheck;
import csp.enrollment.creditcheck.check.CreditCheckRequest;
import csp.enrollment.creditcheck.check.CreditCheckState;
import csp.enrollment.creditcheck.check.CreditPolicy;
import csp.enrollment.creditcheck.check.CreditReasonCode;
import csp.enrollment.creditcheck.check.Decision;
import csp.enrollment.creditcheck.check.DecisionPublisher;
import csp.enrollment.creditcheck.check.EnrollmentType;
import csp.enrollment.creditcheck.check.RetryDelay;
import org.springframework.beans.factory.annotation.Autowired;

@AnalyzeClasses(packages = "csp.enrollment.creditcheck", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    private static final String[] FRAMEWORKS = { "org.springframework..", "org.bson..", "com.mongodb..",
            "org.apache.kafka..", "org.apache.avro..", "csp.enrollment.events..", "csp.enrollment.messaging..",
            "tools.jackson..", "com.fasterxml.jackson.." };

    @ArchTest
    static final ArchRule domainIsPlainJava = classes().that()
        .belongToAnyOf(CreditCheck.class, CreditCheckState.class, CreditCheckRequest.class, Attempt.class,
                Decision.class, CreditReasonCode.class, CreditPolicy.class, RetryDelay.class, Applicant.class,
                Cause.class, EnrollmentType.class, DecisionPublisher.class, CreditBureau.class, BureauAnswer.class,
                CompanyRef.class, BureauUnavailableException.class)
        .should()
        .onlyDependOnClassesThat()
        .resideOutsideOfPackages(FRAMEWORKS)
        .as("the domain is plain Java, free of Spring, Mongo, Kafka and Avro");

    @ArchTest
    static final ArchRule avroAndKafkaStayInMessaging = noClasses().that()
        .resideOutsideOfPackage("..creditcheck.messaging..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("csp.enrollment.events..", "csp.enrollment.messaging..", "org.apache.kafka..",
                "org.apache.avro..", "org.springframework.kafka..")
        .as("Avro and Kafka types stay in the messaging package");

    @ArchTest
    static final ArchRule domainDoesNotKnowMessaging = noClasses().that()
        .resideInAnyPackage("..creditcheck.check..", "..creditcheck.bureau..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("..creditcheck.messaging..");

    @ArchTest
    static final ArchRule constructorInjectionOnly = noFields().should().beAnnotatedWith(Autowired.class);

}
