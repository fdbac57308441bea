package io.lexroute.gateway.api;

class InvalidOrderIdException extends RuntimeException {

    InvalidOrderIdException() {
        super("must be a UUID");
    }
}
