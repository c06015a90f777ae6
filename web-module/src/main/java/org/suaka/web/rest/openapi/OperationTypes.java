package org.suaka.web.rest.openapi;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * What each operation of the API reads and writes, as Java types, read from the resource classes: the
 * body parameter, and the return type (or, for a {@code Response}, the schema its {@code @APIResponse}
 * names).
 *
 * @param requestBody the type of the request body, or null
 * @param responseBody the type of the successful answer's JSON body, or null
 */
record OperationTypes(Type requestBody, Type responseBody) {

    private static final List<Class<? extends Annotation>> NOT_A_BODY = List.of(PathParam.class, QueryParam.class,
            HeaderParam.class, CookieParam.class, MatrixParam.class, FormParam.class, BeanParam.class, Context.class);

    /**
     * @param root the API's root path, e.g. {@code /api/v1}
     * @param resources the resource classes
     * @return the types of every operation, by {@code METHOD /path}
     */
    static Map<String, OperationTypes> of(String root, List<Class<?>> resources) {
        Map<String, OperationTypes> operations = new HashMap<>();
        for (Class<?> resource : resources) {
            String base = root + "/" + resource.getAnnotation(Path.class).value();
            for (Method method : resource.getMethods()) {
                verb(method).ifPresent(verb -> {
                    Path path = method.getAnnotation(Path.class);
                    String full = (base + (path == null ? "" : "/" + path.value())).replaceAll("/+", "/")
                            .replaceAll("/$", "");
                    operations.put(verb + " " + full, new OperationTypes(body(method), answer(method)));
                });
            }
        }
        return operations;
    }

    private static Optional<String> verb(Method method) {
        return Stream.of(GET.class, POST.class, PUT.class, PATCH.class, DELETE.class)
                .filter(method::isAnnotationPresent).findFirst().map(Class::getSimpleName);
    }

    private static Type body(Method method) {
        for (Parameter parameter : method.getParameters()) {
            boolean annotated = NOT_A_BODY.stream().anyMatch(parameter::isAnnotationPresent);
            if (!annotated && parameter.getType() != byte[].class) {
                return parameter.getParameterizedType();
            }
        }
        return null;
    }

    private static Type answer(Method method) {
        if (method.getReturnType() == void.class) {
            return null;
        }
        if (method.getReturnType() != Response.class) {
            return method.getGenericReturnType();
        }
        APIResponse declared = method.getAnnotation(APIResponse.class);
        if (declared == null || declared.content().length == 0) {
            return null;
        }
        Class<?> implementation = declared.content()[0].schema().implementation();
        return implementation == Void.class ? null : implementation;
    }
}
