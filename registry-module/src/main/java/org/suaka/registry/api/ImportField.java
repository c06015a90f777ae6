package org.suaka.registry.api;

/** The fields a row of an imported spreadsheet may carry, each from one column. */
public enum ImportField {
    /** The given name. */
    GIVEN_NAME,
    /** The family name, possibly empty. */
    FAMILY_NAME,
    /** L/P, Laki-laki/Perempuan, M/F or Male/Female. */
    SEX,
    /** The date of birth: YYYY-MM-DD, or day first (DD/MM/YYYY, DD-MM-YYYY, DD.MM.YYYY). */
    DATE_OF_BIRTH,
    /** An ISO 3166-1 alpha-3 code or a country's name in Indonesian or English. */
    NATIONALITY,
    /** The UNHCR individual number. */
    UNHCR_NUMBER,
    /** The UNHCR case number. */
    UNHCR_CASE_NUMBER,
    /** The first day of supervision; today when empty. */
    SUPERVISED_FROM,
    /** A key the rows of one family share (e.g. a family card's number): they are imported together or not at all. */
    FAMILY_GROUP,
    /** The kind of an identity document the person holds: paspor/passport, KTP/tazkira/national ID, kartu UNHCR, akta kelahiran, lainnya/other. */
    DOCUMENT_TYPE,
    /** That document's number as printed. */
    DOCUMENT_NUMBER,
    /** The name of the shelter of the office the person is placed in (a module taking part in imports reads it). */
    SHELTER,
    /** The first night in that shelter: written as dates are; the first day of supervision when empty. */
    PLACED_FROM,
    /** The relationship to the family's head: kepala keluarga/head, istri/suami/spouse, anak/child, orang tua/parent, saudara/sibling, cucu/grandchild, kerabat/relative, bukan keluarga/unrelated. */
    RELATIONSHIP
}
