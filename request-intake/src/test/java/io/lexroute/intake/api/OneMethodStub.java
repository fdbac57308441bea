package io.lexroute.intake.api;

import java.lang.reflect.Proxy;

/** A stand-in for an interface of which the code under test calls one method; any other call fails the test. */
final class OneMethodStub {

    private OneMethodStub() {
    }

    static <T> T of(Class<T> type, String method, Object answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, called, arguments) -> {
                    if (called.getName().equals(method)) {
                        return answer;
                    }
                    throw new UnsupportedOperationException(called.getName());
                }));
    }
}
