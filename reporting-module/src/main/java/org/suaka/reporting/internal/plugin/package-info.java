/**
 * Report plugins from the plugins directory: template-only plugins (a JRXML and a descriptor) and Java
 * plugin jars. The directory is watched; a plugin is checked completely (descriptor, dataset, template
 * sandbox, compilation, unique ids) before its reports are offered, and one that fails is listed as broken
 * with its file, line and message while everything else keeps working.
 */
package org.suaka.reporting.internal.plugin;
