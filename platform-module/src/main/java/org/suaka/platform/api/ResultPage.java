package org.suaka.platform.api;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, with the total the filter matched so that a table can show "1–50 of 171".
 *
 * @param items the rows of this page, unmodifiable
 * @param offset the offset that was asked for
 * @param total how many rows match the filter in all
 * @param <T> the row type
 */
public record ResultPage<T>(List<T> items, int offset, long total) {

    public ResultPage {
        items = List.copyOf(items);
    }

    /**
     * @param mapper turns each row into another shape
     * @param <R> the new row type
     * @return the same page with its rows mapped
     */
    public <R> ResultPage<R> map(Function<? super T, ? extends R> mapper) {
        return new ResultPage<>(items.stream().<R>map(mapper).toList(), offset, total);
    }
}
