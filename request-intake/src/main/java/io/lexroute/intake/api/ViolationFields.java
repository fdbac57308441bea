package io.lexroute.intake.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;

/**
 * Names the field of a Bean Validation violation as the client wrote it: {@code targets[0].value} inside the body,
 * or the header or query parameter's own name ({@code Idempotency-Key}) rather than the Java parameter's.
 */
final class ViolationFields {

    static final String BODY = "body";

    private ViolationFields() {
    }

    static String of(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        Path.MethodNode method = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                method = node.as(Path.MethodNode.class);
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = externalName(violation.getRootBeanClass(), method, node.as(Path.ParameterNode.class));
                continue;
            }
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        if (!field.isEmpty()) {
            return field.toString();
        }
        return parameter != null ? parameter : BODY;
    }

    private static String externalName(Class<?> resource, Path.MethodNode methodNode, Path.ParameterNode parameter) {
        if (methodNode == null) {
            return BODY;
        }
        List<Class<?>> types = methodNode.getParameterTypes();
        for (Class<?> type = resource; type != null && type != Object.class; type = type.getSuperclass()) {
            try {
                Method method = type.getDeclaredMethod(methodNode.getName(), types.toArray(Class<?>[]::new));
                String name = nameFrom(method.getParameterAnnotations()[parameter.getParameterIndex()]);
                if (name != null) {
                    return name;
                }
            } catch (NoSuchMethodException e) {
                // generated subclasses may not redeclare it: look further up
            }
        }
        return BODY;
    }

    private static String nameFrom(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
        }
        return null;
    }
}
