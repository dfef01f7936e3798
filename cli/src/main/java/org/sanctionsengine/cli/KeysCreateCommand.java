package org.sanctionsengine.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sanctionsengine.access.IssuedKey;
import org.sanctionsengine.access.Role;
import org.sanctionsengine.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sanctions keys create}: issues a key and prints its secret, once. */
@Command(
    name = "create",
    mixinStandardHelpOptions = true,
    description = "Issue an API key; its secret is printed once (the store keeps only a hash).")
final class KeysCreateCommand implements Callable<Integer> {
  @Option(
      names = "--holder",
      required = true,
      paramLabel = "NAME",
      description = "Who holds the key (a person or a system); cases record it as the reviewer.")
  String holder = "";

  @Option(
      names = "--role",
      required = true,
      paramLabel = "ROLE",
      description = "screener, reviewer or admin.")
  String role = "";

  @Mixin StoreOption store = new StoreOption();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Role parsed = Role.parse(role);
    try (Storage storage = store.open()) {
      IssuedKey issued = storage.apiKeys().issue(holder, parsed, StoreOption.operator());
      PrintWriter out = spec.commandLine().getOut();
      out.println(issued.secret());
      spec.commandLine()
          .getErr()
          .println(
              "sanctions: key "
                  + issued.key().id()
                  + " issued to "
                  + holder
                  + " with role "
                  + parsed.code()
                  + ". It is shown only now: pass it as 'Authorization: Bearer KEY'.");
      out.flush();
    }
    return ExitCodes.OK;
  }
}
