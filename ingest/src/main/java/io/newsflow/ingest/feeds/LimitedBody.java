package io.newsflow.ingest.feeds;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read into memory up to a limit: a body announced or found larger fails with {@link
 * FetchException.Reason#TOO_LARGE} and the rest of it is not read, so a page of any size costs at most
 * the limit.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

    private final int limit;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    private LimitedBody(final int limit) {
        this.limit = limit;
    }

    /** A handler whose bodies fail beyond {@code limit} bytes, at once when Content-Length says so. */
    static HttpResponse.BodyHandler<byte[]> handler(final int limit) {
        return info -> {
            final long announced = info.headers().firstValueAsLong("Content-Length").orElse(-1);
            final LimitedBody body = new LimitedBody(limit);
            if (announced > limit) {
                body.result.completeExceptionally(tooLarge(limit));
            }
            return body;
        };
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(final Flow.Subscription s) {
        subscription = s;
        if (result.isDone()) {
            s.cancel();
        } else {
            s.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(final List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            if (buffer.size() + item.remaining() > limit) {
                subscription.cancel();
                result.completeExceptionally(tooLarge(limit));
                return;
            }
            final byte[] chunk = new byte[item.remaining()];
            item.get(chunk);
            buffer.writeBytes(chunk);
        }
    }

    @Override
    public void onError(final Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(buffer.toByteArray());
    }

    private static FetchException tooLarge(final int limit) {
        return new FetchException(FetchException.Reason.TOO_LARGE, "larger than " + limit + " bytes");
    }
}
