package dev.auditpack.emulator;

/** Operations of one AWS service that moto lacks, answered by the gateway in the service's own protocol. */
interface Stub {

    /** Whether this stub answers the request; if not, the gateway forwards it. */
    boolean answers(GatewayRequest request);

    /** The answer for the caller's account and region. */
    GatewayResponse answer(GatewayRequest request, Caller caller) throws java.io.IOException;
}
