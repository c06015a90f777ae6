/**
 * The office contract. Every record belongs to an office (a Rudenim, or Ditjen Imigrasi at the top); a
 * user works for one office and sees only its records, while a user of the top office reads every office.
 * The office module owns the offices and implements {@link org.suaka.platform.office.OfficeScope}; every
 * module that keeps records filters its queries through it, the same way for every query.
 */
package org.suaka.platform.office;
