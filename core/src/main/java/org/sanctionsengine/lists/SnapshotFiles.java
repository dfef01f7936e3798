package org.sanctionsengine.lists;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.sanctionsengine.input.InputFiles;
import org.sanctionsengine.input.InputLimits;

/** File-system steps of an import: hashing, fsync, atomic rename, removal of leftovers. */
final class SnapshotFiles {
  private SnapshotFiles() {}

  /**
   * The SHA-256 of each file and of all files' bytes together, in order. The document-size limit is
   * checked while reading, so an endless input ({@code /dev/zero}) fails at the limit.
   */
  static Hashes hash(List<Path> files, InputLimits limits) throws IOException {
    MessageDigest all = sha256();
    List<SnapshotManifest.SourceFile> each = new ArrayList<>();
    byte[] buffer = new byte[1 << 16];
    long total = 0;
    for (Path file : files) {
      MessageDigest one = sha256();
      long size = 0;
      try (InputStream in = Files.newInputStream(file)) {
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          one.update(buffer, 0, n);
          all.update(buffer, 0, n);
          size += n;
          total += n;
          InputFiles.checkSize(total, ListInput.displayName(file), limits);
        }
      }
      each.add(
          new SnapshotManifest.SourceFile(
              ListInput.displayName(file), size, HexFormat.of().formatHex(one.digest())));
    }
    return new Hashes(HexFormat.of().formatHex(all.digest()), each);
  }

  record Hashes(String content, List<SnapshotManifest.SourceFile> files) {}

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }

  /** Forces a file's or a directory's content to disk. */
  static void fsync(Path path) throws IOException {
    boolean directory = Files.isDirectory(path);
    try (FileChannel channel =
        FileChannel.open(path, directory ? StandardOpenOption.READ : StandardOpenOption.WRITE)) {
      channel.force(true);
    } catch (IOException e) {
      if (!directory) {
        throw e;
      }
      // Some file systems cannot open a directory for fsync; the rename is still atomic there.
    }
  }

  /** Writes {@code bytes} to {@code target} through a temporary file and an atomic rename. */
  static void writeAtomically(Path target, byte[] bytes) throws IOException {
    Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp");
    Files.write(temporary, bytes);
    fsync(temporary);
    moveAtomically(temporary, target);
  }

  /** Renames atomically, replacing the target, then syncs the parent directory. */
  static void moveAtomically(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      throw new SnapshotException(
          "The file system of "
              + to.getParent()
              + " cannot rename atomically, so snapshots"
              + " cannot be swapped safely. Put $SANCTIONS_HOME on a local file system.",
          e);
    }
    fsync(to.getParent());
  }

  /** Deletes a directory tree; missing is fine. */
  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
