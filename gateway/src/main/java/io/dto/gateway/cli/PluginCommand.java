package io.dto.gateway.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code gateway plugin}: the plugin author's toolchain. */
@Command(name = "plugin", mixinStandardHelpOptions = true,
        description = "Create, validate, sign and package plugins.",
        subcommands = {PluginNewCommand.class, PluginValidateCommand.class, PluginSignCommand.class,
                PluginPackageCommand.class})
final class PluginCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
