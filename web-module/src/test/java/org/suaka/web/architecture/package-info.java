/**
 * Architecture tests: the module boundaries that JPMS enforces at compile time, checked again over the
 * assembled classes because the application server ignores module-info.
 */
package org.suaka.web.architecture;
