package org.suaka.platform.audit;

/**
 * Where audit events go: implemented by the audit module, called by {@link AuditRecorder} for every
 * service call and by the sign-in mechanism for sign-ins and sign-outs. An append must not take part in
 * the caller's transaction, so that the record of an attempt survives the attempt's failure.
 */
public interface AuditLog {

    /**
     * @param event what to record; kept durably before this method returns
     */
    void append(AuditEvent event);
}
