package org.sanctionsengine.cli;

import picocli.CommandLine.Command;

/** {@code sanctions store}: upkeep of the embedded store's file. */
@Command(
    name = "store",
    mixinStandardHelpOptions = true,
    description = "Upkeep of the embedded store (see docs/audit.md, \"Storage\").",
    subcommands = {StoreCompactCommand.class})
final class StoreCommand {}
