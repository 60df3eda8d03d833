package io.dto.bench.load;

/**
 * Routes acknowledgements, named {@code <prefix>-<n>}, to the open-loop run in progress; identifiers of other runs
 * (late acknowledgements of a run that timed out) are ignored.
 */
public final class AckRoute {

    private volatile String prefix = "";
    private volatile OpenLoop current;

    /** From now on, {@code <runPrefix>-<n>} acknowledges request {@code n} of {@code run}. */
    public void follow(String runPrefix, OpenLoop run) {
        this.current = run;
        this.prefix = runPrefix + "-";
    }

    /** Called with the identifier of an acknowledged request, on any thread. */
    public void onAck(String id) {
        String expected = prefix;
        OpenLoop run = current;
        if (id != null && run != null && id.startsWith(expected)) {
            run.acknowledged(Integer.parseInt(id, expected.length(), id.length(), 10));
        }
    }
}
