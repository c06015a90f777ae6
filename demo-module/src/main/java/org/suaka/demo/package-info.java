/**
 * The seed scenario of Rudenim Kupang (171 refugees from Afghanistan and Pakistan in three hotels, and
 * the IOM coordination visit of 11 September 2024), loaded through the module apis into an empty
 * database when {@code suaka.demo-data.enabled} is true. The names are synthetic.
 */
package org.suaka.demo;
