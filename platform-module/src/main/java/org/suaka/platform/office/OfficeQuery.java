package org.suaka.platform.office;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.suaka.platform.api.PageRequest;
import org.suaka.platform.api.ResultPage;

/**
 * A filtered, paged JPQL query over one entity of the offices a caller reads: the page and its total come
 * from the same conditions, both counted and sliced in the database.
 *
 * <pre>{@code
 * OfficeQuery.over(Incident.class, "i", offices.readable())
 *         .and("i.type = :type", "type", query.type())
 *         .page(em, "i.occurredAt desc, i.id", query.page());
 * }</pre>
 *
 * @param <T> the entity
 */
public final class OfficeQuery<T> {

    private final Class<T> entity;
    private final String alias;
    private final OfficeFilter readable;
    private final StringBuilder where;
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private OfficeQuery(Class<T> entity, String alias, OfficeFilter readable) {
        this.entity = entity;
        this.alias = alias;
        this.readable = readable;
        this.where = new StringBuilder(" where " + readable.condition(alias + ".office"));
    }

    /**
     * @param entity the entity, whose JPA name is its simple class name and which has an {@code office} attribute
     * @param alias its alias in the conditions
     * @param readable the offices the caller reads
     * @param <T> the entity
     * @return a query of all its records in those offices
     */
    public static <T> OfficeQuery<T> over(Class<T> entity, String alias, OfficeFilter readable) {
        return new OfficeQuery<>(entity, alias, readable);
    }

    /**
     * @param condition a JPQL condition without parameters
     * @return this query, narrowed
     */
    public OfficeQuery<T> and(String condition) {
        where.append(" and ").append(condition);
        return this;
    }

    /**
     * @param condition a JPQL condition naming one parameter
     * @param name the parameter's name
     * @param value its value; when null the condition is left out
     * @return this query, narrowed when the value is given
     */
    public OfficeQuery<T> and(String condition, String name, Object value) {
        if (value != null) {
            and(condition);
            parameters.put(name, value);
        }
        return this;
    }

    /**
     * @param name a parameter a condition added by {@link #and(String)} names
     * @param value its value
     * @return this query
     */
    public OfficeQuery<T> with(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    /**
     * @param em the entity manager
     * @param orderBy the JPQL ordering, ending in a unique attribute so that pages never overlap
     * @param page which slice
     * @return the slice and the number of all matching records
     */
    public ResultPage<T> page(EntityManager em, String orderBy, PageRequest page) {
        String from = " from " + entity.getSimpleName() + " " + alias + where;
        TypedQuery<T> rows = readable.bind(em.createQuery("select " + alias + from + " order by " + orderBy, entity));
        TypedQuery<Long> count = readable.bind(em.createQuery("select count(" + alias + ")" + from, Long.class));
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        return new ResultPage<>(rows.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList(),
                page.offset(), count.getSingleResult());
    }
}
