package org.sanctionsengine.regime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where a regime's data files are read from: the classpath (shipped data) or a directory. */
public interface RegimeFiles {
  /** A name for messages: {@code classpath:regimes/dprk/} or a directory path. */
  String location();

  /** The text of {@code file}, empty when there is no such file. */
  Optional<String> read(String file);

  /** The data shipped in core's resources under {@code regimes/<regime>/}. */
  static RegimeFiles classpath(String regime) {
    String base = "/regimes/" + regime + "/";
    return new RegimeFiles() {
      @Override
      public String location() {
        return "classpath:" + base.substring(1);
      }

      @Override
      public Optional<String> read(String file) {
        try (InputStream in = RegimeFiles.class.getResourceAsStream(base + file)) {
          return in == null
              ? Optional.empty()
              : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }

  /** Data files in a directory (tests, a user's own regime). */
  static RegimeFiles directory(Path directory) {
    return new RegimeFiles() {
      @Override
      public String location() {
        return directory.toString();
      }

      @Override
      public Optional<String> read(String file) {
        Path path = directory.resolve(file);
        if (!Files.isRegularFile(path)) {
          return Optional.empty();
        }
        try {
          return Optional.of(Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }
}
