package dev.auditpack.signing;

import dev.auditpack.evidence.Digests;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.util.Selector;

/**
 * Detached CMS (PKCS#7) signatures as PAdES baseline-B and CAdES want them: SHA-256, the signer's
 * certificates embedded, an ESS signing-certificate-v2 attribute, and no signing-time attribute (the time a
 * PDF was signed goes in its signature dictionary instead).
 */
public final class CmsSignatures {

    private CmsSignatures() {}

    /** Signs {@code content} and returns the DER-encoded CMS {@code ContentInfo}, without the content. */
    public static byte[] sign(byte[] content, SigningIdentity identity) {
        try {
            ContentSigner signer = new JcaContentSignerBuilder(identity.signatureAlgorithm()).build(identity.key());
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(
                    new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                            .setSignedAttributeGenerator(signedAttributes(identity.certificate()))
                            .build(signer, identity.certificate()));
            generator.addCertificates(new JcaCertStore(identity.certificates()));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content), false);
            return signed.getEncoded(ASN1Encoding.DER);
        } catch (OperatorCreationException | CertificateEncodingException | CMSException e) {
            throw new IllegalStateException(
                    "cannot sign with the key of " + identity.subject() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks a detached signature over {@code content}: every signer's certificate must be embedded and its
     * signature must verify (which includes the digest of {@code content}). Trust is not judged.
     *
     * @param signature DER CMS; trailing zero bytes (as in a PDF's {@code /Contents}) are ignored
     */
    public static SignatureVerdict verify(byte[] content, byte[] signature) {
        CMSSignedData data;
        try {
            data = new CMSSignedData(new CMSProcessableByteArray(content), new ByteArrayInputStream(signature));
        } catch (CMSException | RuntimeException e) {
            return SignatureVerdict.invalid("", "is not a CMS signature: " + e.getMessage());
        }
        Collection<SignerInformation> signers = data.getSignerInfos().getSigners();
        if (signers.isEmpty()) {
            return SignatureVerdict.invalid("", "holds no signer");
        }
        List<String> subjects = new ArrayList<>();
        X509Certificate first = null;
        for (SignerInformation info : signers) {
            @SuppressWarnings("unchecked")
            Selector<X509CertificateHolder> sid = (Selector<X509CertificateHolder>) (Selector<?>) info.getSID();
            Collection<X509CertificateHolder> matches = data.getCertificates().getMatches(sid);
            if (matches.isEmpty()) {
                return SignatureVerdict.invalid("", "does not include the signer's certificate");
            }
            String subject = "";
            try {
                X509Certificate certificate = new JcaX509CertificateConverter()
                        .getCertificate(matches.iterator().next());
                subject = certificate.getSubjectX500Principal().getName(X500Principal.RFC2253);
                first = first == null ? certificate : first;
                subjects.add(subject);
                if (!info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
                    return SignatureVerdict.invalid(subject, "the signature does not match the signed content");
                }
            } catch (CMSException e) {
                return SignatureVerdict.invalid(
                        subject, "the signature does not match the signed content (" + e.getMessage() + ")");
            } catch (OperatorCreationException | CertificateException | RuntimeException e) {
                return SignatureVerdict.invalid(subject, "cannot be checked: " + e.getMessage());
            }
        }
        return SignatureVerdict.valid(String.join("; ", subjects), first);
    }

    /** The default signed attributes plus ESS signing-certificate-v2, minus signing-time. */
    private static CMSAttributeTableGenerator signedAttributes(X509Certificate certificate)
            throws CertificateEncodingException {
        ESSCertIDv2 id = new ESSCertIDv2(
                Digests.newSha256().digest(certificate.getEncoded()),
                new IssuerSerial(
                        new GeneralNames(new GeneralName(X500Name.getInstance(
                                certificate.getIssuerX500Principal().getEncoded()))),
                        certificate.getSerialNumber()));
        Attribute signingCertificate = new Attribute(
                PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id})));
        DefaultSignedAttributeTableGenerator defaults =
                new DefaultSignedAttributeTableGenerator(new AttributeTable(signingCertificate));
        return parameters -> defaults.getAttributes(parameters).remove(CMSAttributes.signingTime);
    }
}
