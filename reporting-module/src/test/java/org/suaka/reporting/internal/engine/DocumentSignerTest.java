package org.suaka.reporting.internal.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.util.Selector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PAdES signature, checked the way a PDF reader checks it: PDFBox finds the signature and the byte
 * ranges it covers, and the CMS signature over those bytes verifies against the signing certificate; a
 * changed byte makes it fail.
 */
class DocumentSignerTest {

    private static final Instant SEPTEMBER_30 = Instant.parse("2024-09-30T02:00:00Z");

    @TempDir
    Path keys;

    private static byte[] unsigned() {
        return PdfTestDocuments.simple();
    }

    @Test
    void aSelfSignedKeyIsMadeOnceAndKept() throws IOException {
        Path keystore = keys.resolve("security/signing.p12");
        DocumentSigner first = DocumentSigner.fromKeystore(keystore, "rahasia".toCharArray(), "CN=Suaka, C=ID");
        assertTrue(Files.exists(keystore));
        DocumentSigner again = DocumentSigner.fromKeystore(keystore, "rahasia".toCharArray(), "CN=Other, C=ID");
        assertEquals(first.certificate(), again.certificate());
        assertEquals("CN=Suaka,C=ID", first.certificate().getSubjectX500Principal().getName());
    }

    @Test
    void theSignatureCoversTheWholeDocumentAndVerifies() throws Exception {
        DocumentSigner signer = DocumentSigner.fromKeystore(keys.resolve("signing.p12"), "rahasia".toCharArray(),
                "CN=Rumah Detensi Imigrasi Kupang, C=ID");
        byte[] signed = signer.sign(unsigned(), "W22.RDN.KPG-0001", "Kupang", SEPTEMBER_30);

        try (PDDocument document = Loader.loadPDF(signed)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            assertEquals(1, signatures.size());
            PDSignature signature = signatures.get(0);
            assertEquals(PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName(), signature.getSubFilter());
            assertEquals("Kupang", signature.getLocation());
            int[] range = signature.getByteRange();
            assertEquals(0, range[0]);
            assertEquals(signed.length, range[2] + range[3], "the signed ranges reach the end of the file");

            SignerInformation signer1 = verify(signature.getContents(), signature.getSignedContent(signed), signer.certificate());
            assertTrue(signer1 != null);
            assertTrue(signer1.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2) != null,
                    "PAdES needs the signing certificate attribute");
            assertNull(signer1.getSignedAttributes().get(CMSAttributes.signingTime), "PAdES has no signing-time attribute");
        }
    }

    @Test
    void aChangedByteBreaksTheSignature() throws Exception {
        DocumentSigner signer = DocumentSigner.fromKeystore(keys.resolve("signing.p12"), "rahasia".toCharArray(),
                "CN=Rumah Detensi Imigrasi Kupang, C=ID");
        byte[] signed = signer.sign(unsigned(), "W22.RDN.KPG-0001", "Kupang", SEPTEMBER_30);
        byte[] changed = signed.clone();
        int inFirstRange = 200;
        changed[inFirstRange] ^= 1;
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDSignature signature = document.getSignatureDictionaries().get(0);
            assertFalse(verifies(signature.getContents(), signature.getSignedContent(changed), signer.certificate()));
            assertTrue(verifies(signature.getContents(), signature.getSignedContent(signed), signer.certificate()));
        }
        assertFalse(java.util.Arrays.equals(signed, changed));
    }

    private static boolean verifies(byte[] cms, byte[] content, X509Certificate expected) {
        try {
            return verify(cms, content, expected) != null;
        } catch (Exception e) {
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private static SignerInformation verify(byte[] cms, byte[] content, X509Certificate expected) throws Exception {
        CMSSignedData data = new CMSSignedData(new CMSProcessableByteArray(content), cms);
        SignerInformation signer = data.getSignerInfos().getSigners().iterator().next();
        Collection<X509CertificateHolder> matches = data.getCertificates()
                .getMatches((Selector<X509CertificateHolder>) signer.getSID());
        X509CertificateHolder certificate = matches.iterator().next();
        assertArrayEquals(expected.getEncoded(), certificate.getEncoded());
        return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate)) ? signer : null;
    }
}
