package org.suaka.web.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;
import org.suaka.platform.access.RequiresRole;
import org.suaka.platform.access.Roles;
import org.suaka.platform.audit.Audited;

/**
 * Walks every method of every module service (a bean in an {@code internal} package that implements an
 * interface of an {@code api} package) and fails when one is not audited, has no role rule, or changes
 * records without keeping the before and after values. Services are found by scanning, so a new module
 * or service cannot escape.
 */
class ServiceBoundaryRulesTest {

    private static final List<Class<?>> SERVICES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.suaka").stream()
            .filter(c -> c.getPackageName().contains(".internal"))
            .filter(c -> c.isAnnotatedWith(ApplicationScoped.class) || c.isAnnotatedWith(Stateless.class))
            .filter(c -> c.getRawInterfaces().stream().anyMatch(ServiceBoundaryRulesTest::isApi))
            .map(JavaClass::reflect)
            .toList();

    private static boolean isApi(JavaClass type) {
        return type.getPackageName().matches("org\\.suaka\\.\\w+\\.api");
    }

    private static List<Method> serviceMethods(Class<?> service) {
        List<Method> methods = new ArrayList<>();
        for (Class<?> api : service.getInterfaces()) {
            if (!api.getPackageName().matches("org\\.suaka\\.\\w+\\.api")) {
                continue;
            }
            for (Method declared : api.getMethods()) {
                if (declared.isDefault() || Modifier.isStatic(declared.getModifiers())) {
                    continue;
                }
                try {
                    methods.add(service.getMethod(declared.getName(), declared.getParameterTypes()));
                } catch (NoSuchMethodException e) {
                    throw new AssertionError(service + " does not implement " + declared, e);
                }
            }
        }
        return methods;
    }

    @Test
    void theServicesOfEveryModuleAreFound() {
        List<String> modules = SERVICES.stream().map(c -> c.getPackageName().split("\\.")[2]).distinct().sorted()
                .toList();

        assertEquals(List.of("account", "audit", "office", "operations", "partner", "registry", "reporting", "shelter"),
                modules);
    }

    @Test
    void everyServiceMethodIsAudited() {
        List<String> unaudited = new ArrayList<>();
        for (Class<?> service : SERVICES) {
            for (Method method : serviceMethods(service)) {
                if (!service.isAnnotationPresent(Audited.class) && !method.isAnnotationPresent(Audited.class)) {
                    unaudited.add(service.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertEquals(List.of(), unaudited, "service methods that are not audited");
    }

    @Test
    void everyServiceMethodHasARoleRule() {
        List<String> unguarded = new ArrayList<>();
        for (Class<?> service : SERVICES) {
            for (Method method : serviceMethods(service)) {
                if (!service.isAnnotationPresent(RequiresRole.class) && !method.isAnnotationPresent(RequiresRole.class)) {
                    unguarded.add(service.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertEquals(List.of(), unguarded, "service methods without a role rule");
    }

    /**
     * A method whose own rule keeps viewers out writes, unless it runs without a transaction of its own (a
     * read kept for administrators, such as an office's members); the trail must keep what it changed.
     */
    @Test
    void everyWritingMethodKeepsItsBeforeAndAfterValues() {
        List<String> writesWithoutChanges = new ArrayList<>();
        int writes = 0;
        for (Class<?> service : SERVICES) {
            for (Method method : serviceMethods(service)) {
                RequiresRole rule = method.getAnnotation(RequiresRole.class);
                if (rule == null || Arrays.asList(rule.value()).contains(Roles.VIEWER) || isRead(method)) {
                    continue;
                }
                writes++;
                Audited audited = method.getAnnotation(Audited.class);
                if (audited == null || !audited.write()) {
                    writesWithoutChanges.add(service.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertTrue(writes >= 10, "the writing methods were found: " + writes);
        assertEquals(List.of(), writesWithoutChanges, "writing methods that do not keep before and after values");
    }

    private static boolean isRead(Method method) {
        jakarta.ejb.TransactionAttribute transaction = method.getAnnotation(jakarta.ejb.TransactionAttribute.class);
        jakarta.transaction.Transactional cdi = method.isAnnotationPresent(jakarta.transaction.Transactional.class)
                ? method.getAnnotation(jakarta.transaction.Transactional.class)
                : method.getDeclaringClass().getAnnotation(jakarta.transaction.Transactional.class);
        return transaction != null && transaction.value() == jakarta.ejb.TransactionAttributeType.SUPPORTS
                || transaction == null && cdi != null && cdi.value() == jakarta.transaction.Transactional.TxType.SUPPORTS;
    }
}
