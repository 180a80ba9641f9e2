package csp.enrollment.intake.application;

import java.util.ArrayList;
import java.util.List;

/**
 * A free-text field of an application (names, address lines, e-mail, managed services)
 * with its path and the longest value accepted. Partner-supplied text ends up in e-mails,
 * so every rule about text applies to all of them alike.
 */
record TextField(String path, String value, int maxLength) {

    static final int NAME = 100;
    static final int LINE = 200;
    static final int EMAIL = 254;

    /** The free-text fields present in {@code form}. */
    static List<TextField> of(ApplicationForm form) {
        List<TextField> fields = new ArrayList<>();
        if (form.company() != null) {
            add(fields, "company.legalName", form.company().legalName(), LINE);
            ApplicationForm.Address address = form.company().address();
            if (address != null) {
                add(fields, "company.address.line1", address.line1(), LINE);
                add(fields, "company.address.line2", address.line2(), LINE);
                add(fields, "company.address.city", address.city(), NAME);
                add(fields, "company.address.stateOrProvince", address.stateOrProvince(), NAME);
            }
        }
        if (form.bank() != null) {
            add(fields, "bank.accountHolder", form.bank().accountHolder(), LINE);
        }
        if (form.admin() != null) {
            add(fields, "admin.firstName", form.admin().firstName(), NAME);
            add(fields, "admin.lastName", form.admin().lastName(), NAME);
            add(fields, "admin.workEmail", form.admin().workEmail(), EMAIL);
        }
        if (form.directBill() != null) {
            List<String> services = form.directBill().managedServices();
            for (int i = 0; i < services.size(); i++) {
                add(fields, "directBill.managedServices[" + i + "]", services.get(i), LINE);
            }
        }
        return fields;
    }

    private static void add(List<TextField> fields, String path, String value, int maxLength) {
        if (value != null) {
            fields.add(new TextField(path, value, maxLength));
        }
    }
}
