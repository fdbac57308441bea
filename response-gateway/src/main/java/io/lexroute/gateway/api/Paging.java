package io.lexroute.gateway.api;

import io.lexroute.gateway.ListPage;
import io.lexroute.gateway.PageRequest;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.Function;

/**
 * Lists answered a page at a time: the {@code page} and {@code size} query parameters, and a {@code Link} header
 * naming the next page while there is one.
 */
final class Paging {

    static final String PAGE = "page";
    static final String SIZE = "size";
    static final String PAGE_DESCRIPTION = "Zero-based number of the page; 0 when absent.";
    static final String SIZE_DESCRIPTION = "Items per page, from 1 to the largest page the service answers, which is "
            + "also the size when absent.";

    private Paging() {
    }

    /** The page a query asks for; 400 naming {@code page} or {@code size} when either is out of range. */
    static PageRequest requested(String page, String size, int largestSize) {
        int pageSize = RequestParameters.pageSize(size, largestSize, SIZE);
        return new PageRequest(RequestParameters.page(page, pageSize, PAGE), pageSize);
    }

    /** The page's items as {@code view} shows them, with the link to the next page of the same query. */
    static <T> Response answer(ListPage<T> page, Function<T, ?> view, UriInfo request, String publicUrl) {
        Response.ResponseBuilder answer = Response.ok(page.items().stream().map(view).toList());
        if (page.more()) {
            // At the public address, as the answer's other links are: behind a proxy the request's own host is not.
            answer.link(UriBuilder.fromUri(publicUrl).path(request.getRequestUri().getRawPath())
                    .replaceQuery(request.getRequestUri().getRawQuery())
                    .replaceQueryParam(PAGE, page.number() + 1).build(), "next");
        }
        return answer.build();
    }
}
