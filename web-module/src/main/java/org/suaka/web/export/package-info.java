/**
 * Spreadsheet exports of what the pages and the API list: XLSX (Apache POI, streamed) and CSV (Commons CSV),
 * written row by row to the response while the service is paged, with every cell that a spreadsheet would
 * read as a formula neutralised.
 */
package org.suaka.web.export;
