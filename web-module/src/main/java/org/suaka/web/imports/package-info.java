/**
 * Reading the spreadsheets offices keep (XLSX through Apache POI's streaming reader, CSV through Commons CSV in
 * UTF-8 or Windows-1252, comma or semicolon) into rows, and matching their columns to the registry's import
 * fields by header. The rows then go to the registry's import service.
 */
package org.suaka.web.imports;
