package org.suaka.reporting.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.suaka.reporting.internal.engine.DocumentSigner;

/**
 * Whether and with which key issued documents get a PAdES signature ({@code suaka.report.signing.*}). The
 * embedded default signs with a self-signed key generated into the server's keystore directory on first
 * use; an installation configures its own PKCS#12 keystore instead. The key is read once.
 */
@ApplicationScoped
public class ReportSigning {

    private boolean enabled;
    private String keystore;
    private String password;
    private String subject;
    private volatile DocumentSigner signer;

    protected ReportSigning() {
        // for CDI
    }

    /**
     * @param enabled whether documents are signed
     * @param keystore the PKCS#12 keystore, created with a self-signed key when missing
     * @param password its password
     * @param subject the distinguished name of a key generated here
     */
    @Inject
    public ReportSigning(@ConfigProperty(name = "suaka.report.signing.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "suaka.report.signing.keystore",
                    defaultValue = "resources/security/suaka-report-signing.p12") String keystore,
            @ConfigProperty(name = "suaka.report.signing.password", defaultValue = "suaka-report-signing") String password,
            @ConfigProperty(name = "suaka.report.signing.subject",
                    defaultValue = "CN=Suaka (self-signed), O=Direktorat Jenderal Imigrasi, C=ID") String subject) {
        this.enabled = enabled;
        this.keystore = keystore;
        this.password = password;
        this.subject = subject;
    }

    /** @return signing switched off, for a service that issues unsigned documents */
    public static ReportSigning off() {
        return new ReportSigning(false, "", "", "");
    }

    /**
     * @param pdf a finished document
     * @param reason why it is signed, e.g. its number
     * @param location the issuing office's city
     * @param when the moment of issue
     * @return the document signed, or unchanged when signing is off
     */
    public byte[] apply(byte[] pdf, String reason, String location, Instant when) {
        return enabled ? signer().sign(pdf, reason, location, when) : pdf;
    }

    private DocumentSigner signer() {
        DocumentSigner loaded = signer;
        if (loaded == null) {
            synchronized (this) {
                if (signer == null) {
                    signer = DocumentSigner.fromKeystore(Path.of(keystore), password.toCharArray(), subject);
                }
                loaded = signer;
            }
        }
        return loaded;
    }
}
