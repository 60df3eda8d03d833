package io.dto.gateway.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bin/gateway}: the gateway's command line. */
@Command(name = "gateway", mixinStandardHelpOptions = true, version = "Day Trading Orchestrator 1.0.0",
        description = "A Vert.x trading gateway that runs plugins and trades over FIX.",
        subcommands = {RunCommand.class, PluginsCommand.class, VenueCommand.class})
public final class GatewayCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        int exit = new CommandLine(new GatewayCommand()).execute(args);
        if (exit != 0) {
            System.exit(exit);
        }
    }
}
