package org.sanctionsengine.cli;

import java.util.concurrent.Callable;
import org.sanctionsengine.access.ApiKey;
import org.sanctionsengine.input.InvalidInputException;
import org.sanctionsengine.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sanctions keys revoke ID}: the key stops working (a running server: within seconds). */
@Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke an API key.")
final class KeysRevokeCommand implements Callable<Integer> {
  @Parameters(paramLabel = "ID", description = "The key's number, as `keys list` shows it.")
  long id;

  @Mixin StoreOption store = new StoreOption();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try (Storage storage = store.open()) {
      ApiKey key =
          storage
              .apiKeys()
              .revoke(id, StoreOption.operator())
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          "There is no API key " + id + "; list them with `sanctions keys list`."));
      spec.commandLine()
          .getOut()
          .println("sanctions: key " + key.id() + " of " + key.holder() + " revoked.");
    }
    return ExitCodes.OK;
  }
}
