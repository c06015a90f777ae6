/** Benchmarks of the shelter module's queries at national size; tagged {@code benchmark}, never run as tests. */
package org.suaka.shelter.bench;
