package io.switchboard.bench;

/** Entry point of the benchmark jar; the drivers are selected by name. */
public final class Bench {
    private Bench() {}

    public static void main(String[] args) {
        System.out.println("usage: bench <driver> [options]");
    }
}
