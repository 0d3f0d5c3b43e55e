package io.switchboard.workspace;

/** A new API key and its secret, which exists only in this value: it is stored hashed. */
public record CreatedApiKey(ApiKey key, String secret) {
    @Override
    public String toString() {
        return "CreatedApiKey[key=" + key + ", secret=****]";
    }
}
