package dev.auditpack.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.auditpack.signing.TestKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PackSealTest {

    @Test
    void aSignedSealNamesTheSignerAndReadsBack() throws IOException {
        TestKeys keys = TestKeys.ec();
        PackSeal seal = PackSeal.of(Optional.of(keys.identity()));
        JsonNode json = new ObjectMapper().readTree(seal.toJson());
        assertThat(json.get("formatVersion").asInt()).isEqualTo(2);
        assertThat(json.get("signed").asBoolean()).isTrue();
        assertThat(json.at("/signer/subject").asText()).isEqualTo("CN=Test EC Signer");
        assertThat(json.at("/signer/certificateSha256").asText())
                .isEqualTo(keys.identity().fingerprint());
        assertThat(PackSeal.parse(seal.toJson())).isEqualTo(seal);
    }

    @Test
    void anUnsignedSealSaysSoAndReadsBack() {
        PackSeal seal = PackSeal.of(Optional.empty());
        assertThat(new String(seal.toJson(), StandardCharsets.UTF_8))
                .contains("\"signed\" : false")
                .doesNotContain("signer");
        assertThat(PackSeal.parse(seal.toJson()).signed()).isFalse();
    }

    @Test
    void theSealRecordsTheHashesOfTheCopiesAndAFormatOneSealStillReads() throws IOException {
        String hash = "0123456789abcdef".repeat(4);
        PackSeal seal = PackSeal.of(Optional.empty(), java.util.Map.of("results.json", hash));
        JsonNode json = new ObjectMapper().readTree(seal.toJson());
        assertThat(json.at("/contents/results.json").asText()).isEqualTo(hash);
        assertThat(PackSeal.parse(seal.toJson())).isEqualTo(seal);
        PackSeal old = PackSeal.parse("{\"formatVersion\":1,\"signed\":false}".getBytes(StandardCharsets.UTF_8));
        assertThat(old.signed()).isFalse();
        assertThat(old.contents()).isEmpty();
    }

    @Test
    void aSealThatIsNotOneIsRefusedWithTheReason() {
        assertThatThrownBy(() -> PackSeal.parse("not json".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("is not JSON");
        assertThatThrownBy(
                        () -> PackSeal.parse("{\"formatVersion\":3,\"signed\":false}".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("is not format 1 to 2 of signing.json");
        assertThatThrownBy(
                        () -> PackSeal.parse("{\"formatVersion\":2,\"signed\":false}".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("has no contents object");
        assertThatThrownBy(() ->
                        PackSeal.parse("{\"formatVersion\":2,\"signed\":false,\"contents\":{\"results.json\":\"ab\"}}"
                                .getBytes(StandardCharsets.UTF_8)))
                .hasMessage("the SHA-256 of results.json is not 64 lower-case hex digits");
        assertThatThrownBy(
                        () -> PackSeal.parse("{\"formatVersion\":1,\"signed\":true}".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("says the pack is signed but does not name the signer");
        assertThatThrownBy(
                        () -> PackSeal.parse(("{\"formatVersion\":1,\"signed\":true,\"signer\":{\"subject\":\"CN=x\","
                                        + "\"certificateSha256\":\"AB:CD\"}}")
                                .getBytes(StandardCharsets.UTF_8)))
                .hasMessage("'AB:CD' is not a SHA-256 fingerprint");
    }

    @Test
    void aTypedFingerprintIsReadInAnyOfItsCommonForms() {
        String fingerprint = TestKeys.rsa().identity().fingerprint();
        String bare = fingerprint.replace(":", "").toLowerCase(Locale.ROOT);
        assertThat(PackVerifier.fingerprint(bare)).isEqualTo(fingerprint);
        assertThat(PackVerifier.fingerprint("sha256 Fingerprint=" + fingerprint))
                .isEqualTo(fingerprint);
        assertThat(PackVerifier.fingerprint(" " + fingerprint.replace(":", " ") + "\n"))
                .isEqualTo(fingerprint);
        assertThatThrownBy(() -> PackVerifier.fingerprint(bare.substring(2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a SHA-256 fingerprint");
        assertThatThrownBy(() -> PackVerifier.fingerprint(bare.substring(1) + "g"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
