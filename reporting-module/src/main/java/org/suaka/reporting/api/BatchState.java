package org.suaka.reporting.api;

/** Where a batch of documents made in the background stands. */
public enum BatchState {
    /** Accepted, not begun yet. */
    QUEUED,
    /** Being made: its progress counts the persons looked at. */
    RUNNING,
    /** Made and issued: the document can be downloaded by its verification code. */
    DONE,
    /** Stopped by an error, which it names; nothing was issued. */
    FAILED
}
