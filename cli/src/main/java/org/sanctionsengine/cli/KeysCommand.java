package org.sanctionsengine.cli;

import picocli.CommandLine.Command;

/** {@code sanctions keys}: the API keys that may call the server. */
@Command(
    name = "keys",
    mixinStandardHelpOptions = true,
    description = {
      "API keys for the server, each with a role: screener (screen, check, read), reviewer (also",
      "review cases), admin (also keys and the audit log). The store keeps only a hash of a key."
    },
    subcommands = {KeysCreateCommand.class, KeysListCommand.class, KeysRevokeCommand.class})
final class KeysCommand {}
