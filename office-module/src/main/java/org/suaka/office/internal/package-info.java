/**
 * The offices and memberships in {@code ORG_} tables, their seed from the {@code suaka.office.*} settings,
 * and the caller's office scope.
 */
package org.suaka.office.internal;
