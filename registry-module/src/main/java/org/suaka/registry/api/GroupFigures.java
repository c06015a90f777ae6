package org.suaka.registry.api;

/**
 * Who a group of persons is, on a day: e.g. the occupants of a shelter or of one of its rooms.
 *
 * @param persons how many persons
 * @param men the men among them, 18 and older
 * @param women the women among them, 18 and older
 * @param children those under 18
 * @param families the family groups with two or more of their members in the group
 */
public record GroupFigures(long persons, long men, long women, long children, long families) {

    /** No one. */
    public static final GroupFigures NONE = new GroupFigures(0, 0, 0, 0, 0);
}
