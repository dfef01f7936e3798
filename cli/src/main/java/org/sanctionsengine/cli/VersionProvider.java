package org.sanctionsengine.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, or "development" when run from classes. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = SanctionsCommand.class.getPackage().getImplementationVersion();
    return new String[] {"sanctions " + (version == null ? "development" : version)};
  }
}
