package org.suaka.registry.api;

/** How a member of a family group is related to its head. */
public enum Relationship {
    /** The head of the family. A family has one. */
    HEAD,
    /** The head's husband or wife. */
    SPOUSE,
    /** The head's son or daughter. */
    CHILD,
    /** The head's father or mother. */
    PARENT,
    /** The head's brother or sister. */
    SIBLING,
    /** The head's grandchild. */
    GRANDCHILD,
    /** Another relative of the head. */
    OTHER_RELATIVE,
    /** Not related, living as part of the family. */
    UNRELATED
}
