package io.dto.gateway.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bin/gateway}: the gateway's command line. */
@Command(name = "gateway", mixinStandardHelpOptions = true, version = "Day Trading Orchestrator 1.0.0",
        description = "A Vert.x trading gateway that runs plugins and trades over FIX.",
        subcommands = {RunCommand.class, PluginsCommand.class, VenueCommand.class, PluginCommand.class,
                KeysCommand.class})
public final class GatewayCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** The command line, with errors printed as their message (what to fix), not as a stack trace. */
    public static CommandLine commandLine() {
        return new CommandLine(new GatewayCommand()).setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            if (e instanceof io.dto.tooling.ManifestException manifest) {
                manifest.problems().forEach(problem -> line.getErr().println("  - " + problem));
            }
            return 1;
        });
    }

    public static void main(String[] args) {
        int exit = commandLine().execute(args);
        if (exit != 0) {
            System.exit(exit);
        }
    }
}
