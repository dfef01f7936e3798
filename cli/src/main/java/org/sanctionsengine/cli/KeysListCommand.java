package org.sanctionsengine.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sanctionsengine.access.ApiKey;
import org.sanctionsengine.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code sanctions keys list}: every key with its holder, role and state (never a secret). */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the API keys.")
final class KeysListCommand implements Callable<Integer> {
  @Mixin StoreOption store = new StoreOption();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Storage storage = store.open()) {
      for (ApiKey key : storage.apiKeys().list()) {
        out.printf(
            Locale.ROOT,
            "%4d  %-9s %-30s issued %s%s%n",
            key.id(),
            key.role().code(),
            key.holder(),
            key.createdAt(),
            key.revokedAt().map(at -> ", REVOKED " + at).orElse(""));
      }
    }
    out.flush();
    return ExitCodes.OK;
  }
}
