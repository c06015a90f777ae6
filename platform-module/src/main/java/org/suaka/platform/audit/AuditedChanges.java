package org.suaka.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Lets a service that changes a record say what the record looked like before the change, so that the
 * audit trail keeps both sides. The service calls {@link #before(Object)} with the record's api view as it
 * read it; {@link AuditRecorder} takes the view it returns as the after side. Bound to the thread of the
 * audited call.
 */
@ApplicationScoped
public class AuditedChanges {

    private static final ThreadLocal<Object> BEFORE = new ThreadLocal<>();

    /**
     * @param view the changed record's api view as it was before the change
     */
    public void before(Object view) {
        if (BEFORE.get() == null) {
            BEFORE.set(view);
        }
    }

    /** @return the before view given during the current call, and forgets it */
    Object take() {
        Object view = BEFORE.get();
        BEFORE.remove();
        return view;
    }
}
