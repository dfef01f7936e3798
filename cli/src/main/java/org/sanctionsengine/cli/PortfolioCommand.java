package org.sanctionsengine.cli;

import picocli.CommandLine.Command;

/** {@code sanctions portfolio}: portfolios of transactions for scenario diffs. */
@Command(
    name = "portfolio",
    mixinStandardHelpOptions = true,
    description = "Portfolios of transactions to judge with 'check --file' or 'scenario diff'.",
    subcommands = {PortfolioGenerateCommand.class})
final class PortfolioCommand {}
