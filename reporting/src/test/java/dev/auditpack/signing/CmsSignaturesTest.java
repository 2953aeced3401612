package dev.auditpack.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.Test;

class CmsSignaturesTest {

    private static final byte[] CONTENT = "hello auditor\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void signsDetachedWithTheCertificateAndSigningCertificateV2ButNoSigningTime() throws Exception {
        TestKeys keys = TestKeys.rsa();
        byte[] signature = CmsSignatures.sign(CONTENT, keys.identity());

        CMSSignedData data = new CMSSignedData(signature);
        assertThat(data.isDetachedSignature()).isTrue();
        assertThat(data.getCertificates().getMatches(null)).hasSize(1);
        SignerInformation signer = data.getSignerInfos().getSigners().iterator().next();
        assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2))
                .isNotNull();
        assertThat(signer.getSignedAttributes().get(CMSAttributes.signingTime)).isNull();

        SignatureVerdict verdict = CmsSignatures.verify(CONTENT, signature);
        assertThat(verdict.valid()).as(verdict.problem()).isTrue();
        assertThat(verdict.signer()).isEqualTo(TestKeys.SUBJECT);
        assertThat(verdict.certificate()).contains(keys.certificate());
    }

    @Test
    void otherContentOrGarbageDoesNotVerify() {
        byte[] signature = CmsSignatures.sign(CONTENT, TestKeys.ec().identity());
        assertThat(CmsSignatures.verify(CONTENT, signature).valid()).isTrue();

        byte[] changed = CONTENT.clone();
        changed[0] ^= 1;
        SignatureVerdict verdict = CmsSignatures.verify(changed, signature);
        assertThat(verdict.valid()).isFalse();
        assertThat(verdict.signer()).isEqualTo("CN=Test EC Signer");
        assertThat(verdict.problem()).contains("does not match");

        assertThat(CmsSignatures.verify(CONTENT, "not a signature".getBytes(StandardCharsets.UTF_8))
                        .problem())
                .startsWith("is not a CMS signature");
    }
}
