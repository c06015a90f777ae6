package org.suaka.web.ui;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.suaka.platform.api.PageRequest;
import org.suaka.platform.api.ResultPage;

/**
 * A table's lazy model whose pages a service counts and slices in the database, in the service's own order.
 *
 * @param <T> a row
 */
final class ServicePages<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private final Loader<T> loader;
    private final Key<T> key;
    private Shown<T> shown = rows -> { };

    /**
     * @param loader asks the service for a page, with the filters the page holds at the time
     * @param key the row's unique key
     */
    ServicePages(Loader<T> loader, Key<T> key) {
        this.loader = loader;
        this.key = key;
    }

    /**
     * @param listener told of the rows of each page shown (not of the counts), e.g. to look up their names at once
     * @return this model
     */
    ServicePages<T> whenShown(Shown<T> listener) {
        this.shown = listener;
        return this;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) page(0, 1).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        ResultPage<T> page = page(first, pageSize);
        setRowCount((int) page.total());
        shown.rows(page.items());
        return page.items();
    }

    @Override
    public String getRowKey(T row) {
        return key.of(row);
    }

    private ResultPage<T> page(int first, int pageSize) {
        return loader.load(new PageRequest(Math.max(0, first), Math.max(1, Math.min(pageSize, PageRequest.MAX_LIMIT))));
    }

    /** Asks a service for one page. @param <T> a row */
    @FunctionalInterface
    interface Loader<T> extends Serializable {

        /**
         * @param page the slice wanted
         * @return the rows and the total
         */
        ResultPage<T> load(PageRequest page);
    }

    /** Told of the rows of a page shown. @param <T> a row */
    @FunctionalInterface
    interface Shown<T> extends Serializable {

        /** @param rows the rows of the page */
        void rows(List<T> rows);
    }

    /** A row's key. @param <T> a row */
    @FunctionalInterface
    interface Key<T> extends Serializable {

        /**
         * @param row a row
         * @return its unique key
         */
        String of(T row);
    }
}
