package dev.auditpack.emulator;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One {@link EmulatorGateway} in front of the shared {@link MotoServer} for a test class: its stubs (and, when
 * asked, moto) are reset before each test, and it is closed after the class. Register it with
 * {@code @RegisterExtension}, beside {@code @ExtendWith(MotoServer.class)}.
 */
public final class GatewayFixture implements BeforeEachCallback, AfterAllCallback {

    private final EmulatorGateway gateway = EmulatorGateway.overMoto();
    private final boolean resetMoto;

    private GatewayFixture(boolean resetMoto) {
        this.resetMoto = resetMoto;
    }

    /** Each test starts from an empty moto and empty stubs. */
    public static GatewayFixture resettingMoto() {
        return new GatewayFixture(true);
    }

    /** Each test starts from empty stubs; moto keeps what earlier tests put in it. */
    public static GatewayFixture resettingStubs() {
        return new GatewayFixture(false);
    }

    public EmulatorGateway gateway() {
        return gateway;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (resetMoto) {
            MotoServer.get().reset();
        }
        gateway.reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        gateway.close();
    }
}
