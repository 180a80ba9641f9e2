package csp.enrollment.intake.support;

/**
 * The master key of intake's tests: a key for these tests only, never for any deployment.
 */
public final class TestMasterKey {

    public static final String KEY = "pipeline.privacy.local-master-keys.tests=2ynLmmWKQpOpQB9s0+GRsI5N/4T+GBEXWuYcvl6Yz/AZDg8/QrJzyucxTNHbR8DBKm5lY/HEyHGerl8l4zzotI2m1QXcPDbnC1qKs3Dbgbw1R+mHWDcxfPzwlBcqzCRa";

    public static final String ACTIVE = "pipeline.privacy.active-provider=local:tests";

    private TestMasterKey() {
    }

}
