package csp.enrollment.verification.profile;

/**
 * How the partner takes part in the CSP program; the direct bill requirements apply to
 * one of them only.
 */
public enum PartnerModel {

    INDIRECT_RESELLER, DIRECT_BILL

}
