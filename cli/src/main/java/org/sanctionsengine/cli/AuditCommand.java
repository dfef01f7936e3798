package org.sanctionsengine.cli;

import picocli.CommandLine.Command;

/** {@code sanctions audit}: the hash-chained log of every decision. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "The append-only, hash-chained log of every decision (see docs/audit.md).",
    subcommands = {AuditVerifyCommand.class, AuditShowCommand.class})
final class AuditCommand {}
