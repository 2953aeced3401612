package dev.auditpack.secrets;

/** Secrets made up for tests, each with the shape the scanner looks for; none was ever a credential. */
public final class FakeSecrets {

    /** Forty base64 characters mixing cases and digits, as AWS secret access keys do. */
    public static final String SECRET_KEY = "Qm7v" + "Kx2pL9" + "tR4wZ8/nB" + "3yH6cJ1+" + "dF5gS0aE7" + "uI2o";
    /** The start of a modern STS session token, then base64. */
    public static final String SESSION_TOKEN = "IQoJb3JpZ2luX2Vj" + "EJr//////////wEaCWV1LXdlc3QtMSJHMEUCIQD3x7Fake"
            + "TokenMadeForTests9q2Lw8Vb4Nn6Rr0Tt2Yy4Uu6Ii8Oo0Pp2Aa4Ss6Dd8Ff0Gg2Hh4Jj6Kk8Ll0Zz2Xx4Cc6Vv8Bb0Nn2Mm4Qq6";

    public static final String PASSWORD = "Tr0ub4dor&3-made-up";

    private FakeSecrets() {}
}
