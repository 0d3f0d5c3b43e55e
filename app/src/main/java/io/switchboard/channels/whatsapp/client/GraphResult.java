package io.switchboard.channels.whatsapp.client;

/**
 * The outcome of a Graph call other than a send (media, read receipts, number details).
 *
 * @param <T> what a successful call returns
 */
public sealed interface GraphResult<T> {

    record Ok<T>(T value) implements GraphResult<T> {}

    /** Refused by Meta or not reached; classified like a send ({@link ErrorClassifier}). */
    record Failed<T>(GraphError error, ErrorClass errorClass) implements GraphResult<T> {}

    /** The value; throws {@link GraphCallException} for a failure, for callers that cannot go on without it. */
    default T orElseThrow() {
        return switch (this) {
            case Ok<T> ok -> ok.value();
            case Failed<T> failed -> throw new GraphCallException(failed.error(), failed.errorClass());
        };
    }

    /** A failure classified by {@link ErrorClassifier#classify(GraphError)}. */
    static <T> Failed<T> failed(GraphError error) {
        return new Failed<>(error, ErrorClassifier.classify(error));
    }
}
