package io.switchboard.bench;

/** Entry point of the benchmark jar; the drivers are selected by name. */
public final class Bench {
    private Bench() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("inbound")) {
            InboundWebhookDriver.run(new Args(args, 1));
            return;
        }
        if (args.length > 0 && args[0].equals("inbox")) {
            InboxDriver.run(new Args(args, 1));
            return;
        }
        if (args.length > 0 && args[0].equals("broadcast")) {
            BroadcastDriver.run(new Args(args, 1));
            return;
        }
        System.out.println("usage: bench <driver> [options]; drivers: inbound (see InboundWebhookDriver),"
                + " inbox (see InboxDriver), broadcast (see BroadcastDriver)");
    }
}
