package org.suaka.partner.api;

/** What a partner gave a person or a family. */
public enum AssistanceKind {
    /** Monthly cash assistance, e.g. IOM's living allowance; its amount in IDR is required. */
    CASH,
    /** Food parcels or vouchers. */
    FOOD,
    /** Non-food items: blankets, hygiene kits, clothing. */
    NON_FOOD_ITEMS,
    /** Rent or accommodation paid for. */
    ACCOMMODATION,
    /** Anything else, described in the note. */
    OTHER
}
