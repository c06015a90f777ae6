package org.suaka.reporting.internal.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.Hashtable;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs an issued PDF with a PAdES baseline signature (a detached CAdES signature with the
 * signing-certificate-v2 attribute and no signing-time attribute, in an incremental update, so the PDF/A
 * part is unchanged). The key comes from a PKCS#12 keystore; for the embedded default a self-signed key is
 * generated there on first use. The provider is passed explicitly, never registered with the JVM.
 */
public final class DocumentSigner {

    private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();
    private static final String ALGORITHM = "SHA256withRSA";
    private static final int SIGNATURE_SPACE = 20_000;

    private final PrivateKey key;
    private final X509Certificate[] chain;

    private DocumentSigner(PrivateKey key, X509Certificate[] chain) {
        this.key = key;
        this.chain = chain;
    }

    /**
     * @param keystore a PKCS#12 keystore; created with a new self-signed key when missing
     * @param password its password, also the key's
     * @param subject the distinguished name of a key generated here, e.g. {@code CN=Suaka, O=Ditjen Imigrasi, C=ID}
     * @return a signer with the keystore's first key
     */
    public static DocumentSigner fromKeystore(Path keystore, char[] password, String subject) {
        try {
            if (!Files.exists(keystore)) {
                createSelfSigned(keystore, password, subject);
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keystore)) {
                store.load(in, password);
            }
            for (String alias : java.util.Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    Certificate[] certificates = store.getCertificateChain(alias);
                    return new DocumentSigner((PrivateKey) store.getKey(alias, password),
                            Arrays.copyOf(certificates, certificates.length, X509Certificate[].class));
                }
            }
            throw new IllegalStateException("The signing keystore " + keystore + " holds no private key");
        } catch (IOException e) {
            throw new UncheckedIOException("The signing keystore " + keystore + " cannot be read", e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("The signing keystore " + keystore + " cannot be used: " + e.getMessage(), e);
        }
    }

    /** @return the certificate documents are signed with */
    public X509Certificate certificate() {
        return chain[0];
    }

    /**
     * @param pdf a finished PDF
     * @param reason why it is signed, e.g. its document number
     * @param location where, e.g. the issuing office's city
     * @param when the moment of signing
     * @return the PDF with the signature appended as an incremental update
     */
    public byte[] sign(byte[] pdf, String reason, String location, Instant when) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(commonName());
            signature.setReason(reason);
            signature.setLocation(location);
            Calendar at = new GregorianCalendar();
            at.setTime(Date.from(when));
            signature.setSignDate(at);
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(SIGNATURE_SPACE);
                document.addSignature(signature, this::cms, options);
                ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * SIGNATURE_SPACE);
                document.saveIncremental(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be signed", e);
        }
    }

    private byte[] cms(InputStream content) throws IOException {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            JcaSignerInfoGeneratorBuilder signerInfo = new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().setProvider(PROVIDER).build());
            signerInfo.setSignedAttributeGenerator(padesAttributes());
            generator.addSignerInfoGenerator(signerInfo.build(
                    new JcaContentSignerBuilder(ALGORITHM).setProvider(PROVIDER).build(key), chain[0]));
            generator.addCertificates(new JcaCertStore(List.of(chain)));
            return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("The CMS signature could not be made: " + e.getMessage(), e);
        }
    }

    /** The signed attributes of a PAdES baseline signature: the signing certificate's hash, no signing time. */
    private CMSAttributeTableGenerator padesAttributes() throws GeneralSecurityException {
        byte[] certificateHash = MessageDigest.getInstance("SHA-256").digest(chain[0].getEncoded());
        SigningCertificateV2 signingCertificate = new SigningCertificateV2(new ESSCertIDv2[] {
            new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), certificateHash)});
        AttributeTable attributes = new AttributeTable(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(signingCertificate)));
        DefaultSignedAttributeTableGenerator standard = new DefaultSignedAttributeTableGenerator(attributes);
        return parameters -> {
            Hashtable<ASN1ObjectIdentifier, Object> table = standard.getAttributes(parameters).toHashtable();
            table.remove(CMSAttributes.signingTime);
            return new AttributeTable(table);
        };
    }

    private String commonName() {
        return chain[0].getSubjectX500Principal().getName().replaceAll("(?i)^.*?CN=([^,]+).*$", "$1");
    }

    private static void createSelfSigned(Path keystore, char[] password, String subject)
            throws GeneralSecurityException, IOException, OperatorCreationException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(3072, new SecureRandom());
        KeyPair pair = generator.generateKeyPair();
        X500Name name = X500Name.getInstance(new javax.security.auth.x500.X500Principal(subject).getEncoded());
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
                new BigInteger(64, new SecureRandom()), Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(3650))), name, pair.getPublic());
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        X509Certificate certificate = new JcaX509CertificateConverter().setProvider(PROVIDER)
                .getCertificate(builder.build(new JcaContentSignerBuilder(ALGORITHM).setProvider(PROVIDER)
                        .build(pair.getPrivate())));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, password);
        store.setKeyEntry("suaka-report-signing", pair.getPrivate(), password, new Certificate[] {certificate});
        Files.createDirectories(keystore.toAbsolutePath().getParent());
        Path partial = keystore.resolveSibling(keystore.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            store.store(out, password);
        }
        Files.move(partial, keystore, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

}
