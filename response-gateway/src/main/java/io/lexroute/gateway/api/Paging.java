package io.lexroute.gateway.api;

import io.lexroute.gateway.ListPage;
import io.lexroute.gateway.PageRequest;
import io.lexroute.gateway.TaskPageRequest;
import io.lexroute.gateway.persistence.ProviderTask;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Lists answered a page at a time: the {@code page} and {@code size} query parameters, and a {@code Link} header
 * naming the next page while there is one. A provider's task lists name it by {@code after}, the last task of the page
 * ({@link TaskCursor}), and still take {@code page} from clients that count pages.
 */
final class Paging {

    static final String PAGE = "page";
    static final String SIZE = "size";
    static final String AFTER = "after";
    static final String PAGE_DESCRIPTION = "Zero-based number of the page; 0 when absent.";
    static final String SIZE_DESCRIPTION = "Items per page, from 1 to the largest page the service answers, which is "
            + "also the size when absent.";
    static final String TASK_PAGE_DESCRIPTION = "Zero-based number of the page, counted from the first task that "
            + "matches now; 0 when absent. Not with after.";
    static final String AFTER_DESCRIPTION = "The page after the last task of the page before, as that page's next "
            + "link gives it (an opaque value); the first page when absent. Not with page.";

    private Paging() {
    }

    /** The page a query asks for; 400 naming {@code page} or {@code size} when either is out of range. */
    static PageRequest requested(String page, String size, int largestSize) {
        int pageSize = RequestParameters.pageSize(size, largestSize, SIZE);
        return new PageRequest(RequestParameters.page(page, pageSize, PAGE), pageSize);
    }

    /**
     * The page of a provider's task list a query asks for, after a task or by number; 400 naming {@code after},
     * {@code page} or {@code size} when one is invalid, and {@code after} when both of the first two are given.
     */
    static TaskPageRequest requestedTasks(String after, String page, String size, int largestSize) {
        if (after == null || after.isBlank()) {
            return TaskPageRequest.numbered(requested(page, size, largestSize));
        }
        if (page != null && !page.isBlank()) {
            throw new InvalidRequestException(AFTER, "cannot be given with page: follow the next link as it is");
        }
        return TaskPageRequest.after(TaskCursor.read(after, AFTER),
                RequestParameters.pageSize(size, largestSize, SIZE));
    }

    /** The page's items as {@code view} shows them, with the link to the next page of the same query. */
    static <T> Response answer(ListPage<T> page, Function<T, ?> view, UriInfo request, String publicUrl) {
        return answer(page, view, () -> sameQuery(request, publicUrl).replaceQueryParam(PAGE, page.number() + 1));
    }

    /**
     * The page's tasks as {@code view} shows them, with the link to the tasks after its last one in the same query:
     * a task that leaves the query's status filter meanwhile does not move the next page, as it would move a page
     * counted by number.
     */
    static <T extends ProviderTask> Response answerTasks(ListPage<T> tasks, Function<T, ?> view, UriInfo request,
            String publicUrl) {
        return answer(tasks, view, () -> {
            List<T> items = tasks.items();
            return sameQuery(request, publicUrl).replaceQueryParam(PAGE)
                    .replaceQueryParam(AFTER, TaskCursor.of(items.get(items.size() - 1).sortKey()));
        });
    }

    private static <T> Response answer(ListPage<T> page, Function<T, ?> view, Supplier<UriBuilder> next) {
        Response.ResponseBuilder answer = Response.ok(page.items().stream().map(view).toList());
        if (page.more()) {
            answer.link(next.get().build(), "next");
        }
        return answer.build();
    }

    /**
     * The request's path and query at the public address, as the answer's other links are: behind a proxy the
     * request's own host is not.
     */
    private static UriBuilder sameQuery(UriInfo request, String publicUrl) {
        return UriBuilder.fromUri(publicUrl).path(request.getRequestUri().getRawPath())
                .replaceQuery(request.getRequestUri().getRawQuery());
    }
}
