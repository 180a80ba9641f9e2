package csp.enrollment.intake.web;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/**
 * Schemas of the OpenAPI document only. The body itself is read by
 * {@link ApplicationJsonReader}, so that every problem of it can be listed; these records
 * say what it must look like.
 */
final class ApiSchemas {

    private ApiSchemas() {
    }

    @Schema(name = "EnrollmentApplication", description = "An application to enroll in the CSP program (contract §1).")
    record Application(@Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = {
            "INDIRECT_RESELLER", "DIRECT_BILL" }) String enrollmentType,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "Microsoft Partner Network id: 6 to 10 digits.",
                    pattern = "^[0-9]{6,10}$", example = "4412345") String mpnId,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "The partner's Azure AD tenant id.",
                    format = "uuid", example = "6f1c3a2e-8d0b-4c59-9a57-1b2f3c4d5e6f") String tenantId,
            @Schema(requiredMode = RequiredMode.REQUIRED) Company company,
            @Schema(requiredMode = RequiredMode.REQUIRED) Bank bank,
            @Schema(requiredMode = RequiredMode.REQUIRED) Admin admin,
            @Schema(description = "Required for DIRECT_BILL; absent or null for INDIRECT_RESELLER.",
                    nullable = true) DirectBill directBill){
    }

    @Schema(name = "Company")
    record Company(
            @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 200,
                    example = "Contoso Cloud B.V.") String legalName,
            @Schema(requiredMode = RequiredMode.REQUIRED) Address address) {
    }

    @Schema(name = "Address", description = "Free text has no line breaks or other control characters.")
    record Address(
            @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 200, example = "Keizersgracht 123") String line1,
            @Schema(maxLength = 200, nullable = true) String line2,
            @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 100, example = "Amsterdam") String city,
            @Schema(maxLength = 100, nullable = true) String stateOrProvince,
            @Schema(description = "Required unless the country has no postal codes; 2 to 16 letters, digits, "
                    + "spaces or hyphens.", example = "1015 CJ", nullable = true) String postalCode,
            @Schema(requiredMode = RequiredMode.REQUIRED,
                    description = "ISO 3166-1 alpha-2, upper case (XK for Kosovo).", pattern = "^[A-Z]{2}$",
                    example = "NL") String countryCode) {
    }

    @Schema(name = "BankAccount", description = "Either iban (+ optional bic), or accountNumber + routingNumber "
            + "(+ optional bic) for countries without IBAN. Stored by intake only, never returned or logged.")
    record Bank(
            @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 200,
                    example = "Contoso Cloud B.V.") String accountHolder,
            @Schema(description = "ISO 13616: its country's length and valid mod-97 check digits; spaces between "
                    + "groups allowed.", example = "NL91ABNA0417164300", nullable = true) String iban,
            @Schema(description = "BIC of 8 or 11 characters.", example = "ABNANL2A", nullable = true) String bic,
            @Schema(description = "4 to 34 letters, digits, spaces or hyphens.", nullable = true) String accountNumber,
            @Schema(description = "3 to 20 letters, digits, spaces or hyphens.",
                    nullable = true) String routingNumber) {
    }

    @Schema(name = "Admin", description = "The Partner Center admin, who receives every status e-mail.")
    record Admin(@Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 100, example = "Sanne") String firstName,
            @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 100, example = "de Vries") String lastName,
            @Schema(requiredMode = RequiredMode.REQUIRED, format = "email", maxLength = 254,
                    example = "sanne.devries@contoso.nl") String workEmail,
            @Schema(description = "BCP 47 language tag.", example = "nl", nullable = true) String preferredLanguage) {
    }

    @Schema(name = "DirectBillProfile",
            description = "The direct bill minimum requirements as the partner declares them.")
    record DirectBill(
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "USD, at most two decimals.",
                    example = "350000.00", minimum = "0") BigDecimal cspCloudRevenueTtmUsd,
            @Schema(description = "USD, at most two decimals.", example = "20000.00",
                    nullable = true) BigDecimal perpetualSoftwareRevenueTtmUsd,
            @Schema(requiredMode = RequiredMode.REQUIRED) Boolean hasSigningAuthority,
            @Schema(requiredMode = RequiredMode.REQUIRED) Boolean providesFirstLevelSupport,
            @Schema(requiredMode = RequiredMode.REQUIRED) Boolean hasAccountsReceivableInfrastructure,
            @Schema(example = "[\"Managed Microsoft 365 security\"]") List<String> managedServices,
            @Schema(requiredMode = RequiredMode.REQUIRED) Boolean supportPlanPurchased) {
    }

    @Schema(name = "Problem",
            description = "RFC 9457 problem details. A 400 lists every problem of the body in errors.")
    record Problem(@Schema(example = "urn:csp-enrollment:problem:invalid-application") String type,
            @Schema(example = "Invalid application") String title, @Schema(example = "400") int status,
            @Schema(example = "The application has 2 problems, listed in errors.") String detail,
            @Schema(example = "/api/enrollments") String instance,
            @Schema(description = "Every problem of the body (400 only).", nullable = true) List<FieldError> errors,
            @Schema(description = """
                    409 of a partner's command only: why the enrollment as it stands does not allow it.                     CREDIT_CHECK_NOT_PASSED: a direct bill command before CREDIT_CHECK_PASSED (or a support plan for                     an indirect reseller). NOT_VERIFIED: the indirect reseller terms before VERIFIED. WRONG_AGREEMENT:                     not the agreement of the enrollment's type. ALREADY_FINAL: the enrollment is in a final status.                     TRANSITION_NOT_ALLOWED: only a DIRECT_BILL enrollment in ENROLLED or CREDIT_CHECK_FAILED can                     move to the indirect reseller model.""",
                    nullable = true, allowableValues = {
                            "CREDIT_CHECK_NOT_PASSED", "NOT_VERIFIED", "WRONG_AGREEMENT", "ALREADY_FINAL",
                            "TRANSITION_NOT_ALLOWED" }) String code){
    }

    @Schema(name = "AgreementCommand", description = "The agreement the partner accepts (contract §8).")
    record AgreementCommand(
            @Schema(requiredMode = RequiredMode.REQUIRED,
                    description = "INDIRECT_RESELLER_TERMS for an indirect "
                            + "reseller (in VERIFIED), MICROSOFT_PARTNER_AGREEMENT for a direct bill partner (in "
                            + "CREDIT_CHECK_PASSED).",
                    allowableValues = {
                            "INDIRECT_RESELLER_TERMS", "MICROSOFT_PARTNER_AGREEMENT" },
                    example = "MICROSOFT_PARTNER_AGREEMENT") String agreement,
            @Schema(requiredMode = RequiredMode.REQUIRED) AcceptedBy acceptedBy,
            @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 32, example = "2026-01") String version){
    }

    @Schema(name = "AcceptedBy", description = "The person who accepts the agreement on the partner's behalf.")
    record AcceptedBy(
            @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 200, example = "Sanne de Vries") String name,
            @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 254,
                    example = "sanne.devries@contoso.nl") String email) {
    }

    @Schema(name = "SupportPlanCommand", description = "The support plan a direct bill partner bought after its "
            + "credit check passed (contract §8).")
    record SupportPlanCommand(@Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = {
            "ASFP", "PSFP" }, example = "ASFP") String plan,
            @Schema(requiredMode = RequiredMode.REQUIRED, format = "date-time",
                    description = "When it was bought: " + "an ISO-8601 instant, not in the future.",
                    example = "2026-12-01T09:30:00Z") String purchasedAt){
    }

    @Schema(name = "TransitionCommand",
            description = "A direct bill partner's move to the indirect reseller model " + "(contract §9).")
    record TransitionCommand(@Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 1000,
            example = "We will buy through a distributor instead.") String reason) {
    }

    @Schema(name = "FieldError")
    record FieldError(@Schema(description = "Path of the field, e.g. company.address.postalCode or "
            + "directBill.managedServices[0]; the header name for Idempotency-Key; null for the body as a whole.",
            example = "company.address.postalCode", nullable = true) String field,
            @Schema(description = """
                    REQUIRED: missing, null or blank. NOT_ALLOWED: must be absent for this application. \
                    INVALID_TYPE: wrong JSON type. INVALID_VALUE: not an allowed value or out of range. \
                    INVALID_FORMAT: wrong syntax. TOO_LONG: longer than allowed. CONTROL_CHARACTERS: line breaks \
                    or other control characters. INVALID_COUNTRY: not ISO 3166-1 alpha-2. INVALID_IBAN: fails \
                    ISO 13616 (characters, country length, mod-97). MALFORMED_JSON: the body is not JSON.""",
                    allowableValues = {
                            "REQUIRED", "NOT_ALLOWED", "INVALID_TYPE", "INVALID_VALUE", "INVALID_FORMAT", "TOO_LONG",
                            "CONTROL_CHARACTERS", "INVALID_COUNTRY", "INVALID_IBAN", "MALFORMED_JSON" },
                    example = "REQUIRED") String code,
            @Schema(example = "is required") String message){
    }

}
