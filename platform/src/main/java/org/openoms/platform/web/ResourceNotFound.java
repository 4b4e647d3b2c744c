package org.openoms.platform.web;

/** A query for something that does not exist; answered with 404. */
public class ResourceNotFound extends RuntimeException {

    public ResourceNotFound(String message) {
        super(message);
    }
}
