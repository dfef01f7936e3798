package org.sanctionsengine.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sanctionsengine.entity.ListSource;

/**
 * Downloads one list into a private temporary directory under the home and imports it with the same
 * verification as {@code lists import}; the temporary files are removed either way.
 */
public final class ListUpdate {
  private final SnapshotStore store;
  private final Path home;
  private final ListDownloader downloader;

  public ListUpdate(SnapshotStore store, Path home, ListDownloader downloader) {
    this.store = store;
    this.home = home;
    this.downloader = downloader;
  }

  /** Downloads every file of {@code downloads} and imports them as one list of {@code source}. */
  public ImportResult update(
      ListSource source, List<OfficialSources.Download> downloads, ImportOptions options) {
    Path directory = downloadDirectory(source);
    try {
      List<Path> files = new ArrayList<>();
      for (OfficialSources.Download download : downloads) {
        Path file = directory.resolve(download.fileName());
        downloader.download(download.uri(), file, options.limits());
        files.add(file);
      }
      List<ListFiles.TypedInput> inputs = ListFiles.group(files, Optional.empty());
      ListFiles.TypedInput input = inputs.getFirst();
      if (inputs.size() != 1 || input.format().source() != source) {
        throw new ImportRejectedException(
            "The download for "
                + source.code()
                + " is "
                + inputs.stream().map(i -> i.format().title()).toList()
                + ", not a "
                + source.title()
                + ". Nothing was imported. Check the --url given for it.",
            false,
            null);
      }
      return store.importList(input.format(), input.input(), options);
    } finally {
      try {
        SnapshotFiles.deleteTree(directory);
      } catch (IOException e) {
        // A leftover download directory is harmless; the next update makes a new one.
      }
    }
  }

  private Path downloadDirectory(ListSource source) {
    try {
      Files.createDirectories(home.resolve("downloads"));
      return Files.createTempDirectory(home.resolve("downloads"), ".partial-" + source.code());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot create a download directory under "
              + home
              + ": "
              + e.getMessage()
              + ". Check the permissions of $SANCTIONS_HOME.",
          e);
    }
  }
}
