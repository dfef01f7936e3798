package org.sanctionsengine.lists;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sanctionsengine.input.InvalidInputException;

/**
 * Turns the files a user names into list inputs: detects each file's format from its first bytes,
 * gathers OFAC's legacy CSV files into their sets (given as files or as their directory), and
 * applies a forced {@code --format}.
 */
public final class ListFiles {
  private static final int SNIFF_BYTES = 4096;
  private static final Pattern ROOT = Pattern.compile("<([A-Za-z_][\\w.-]*:)?([A-Za-z_][\\w.-]*)");
  private static final List<String> SDN_SET =
      List.of("sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv");
  private static final List<String> CONS_SET =
      List.of("cons_prim.csv", "cons_add.csv", "cons_alt.csv", "cons_comments.csv");

  private ListFiles() {}

  /** A list input with the format it is in. */
  public record TypedInput(ListFormat format, ListInput input) {}

  /** Groups and types the given files (or directories); {@code forced} skips detection. */
  public static List<TypedInput> group(List<Path> paths, Optional<ListFormat> forced) {
    List<Path> files = new ArrayList<>();
    paths.forEach(path -> files.addAll(expand(path)));
    if (forced.isPresent()) {
      return List.of(new TypedInput(forced.get(), new ListInput(mainFirst(files))));
    }
    Map<ListFormat, List<Path>> sets = new LinkedHashMap<>();
    List<TypedInput> inputs = new ArrayList<>();
    for (Path file : files) {
      ListFormat format = detect(file);
      if (format == ListFormat.OFAC_SDN_CSV || format == ListFormat.OFAC_CONS_CSV) {
        sets.computeIfAbsent(format, f -> new ArrayList<>()).add(file);
      } else {
        inputs.add(new TypedInput(format, ListInput.of(file)));
      }
    }
    sets.forEach((format, set) -> inputs.add(new TypedInput(format, ofacSet(format, set))));
    return List.copyOf(inputs);
  }

  private static List<Path> expand(Path path) {
    if (!Files.exists(path)) {
      throw new InvalidInputException(
          "File not found: "
              + path
              + ". Give the path of a list file (or of the directory of OFAC's CSV set).");
    }
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> entries = Files.list(path)) {
      List<Path> sets =
          entries
              .filter(Files::isRegularFile)
              .filter(f -> SDN_SET.contains(lowerName(f)) || CONS_SET.contains(lowerName(f)))
              .sorted()
              .toList();
      if (sets.isEmpty()) {
        throw new InvalidInputException(
            "The directory "
                + path
                + " holds no OFAC CSV set"
                + " (sdn.csv, add.csv, ... or cons_prim.csv, ...). Give list files one by one.");
      }
      return sets;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + path + ": " + e.getMessage(), e);
    }
  }

  private static ListInput ofacSet(ListFormat format, List<Path> files) {
    String main = format == ListFormat.OFAC_SDN_CSV ? "sdn.csv" : "cons_prim.csv";
    List<Path> ordered = mainFirst(files);
    List<String> names = ordered.stream().map(ListFiles::lowerName).toList();
    List<String> roles = format == ListFormat.OFAC_SDN_CSV ? SDN_SET : CONS_SET;
    boolean hasMain = names.contains(main) || names.stream().anyMatch(n -> !roles.contains(n));
    if (!hasMain) {
      throw new InvalidInputException(
          "The files "
              + names
              + " are part of "
              + format.title()
              + ", but its main file "
              + main
              + " is missing. Give "
              + main
              + " with them (or the"
              + " directory that holds the set).");
    }
    return new ListInput(ordered);
  }

  private static List<Path> mainFirst(List<Path> files) {
    List<Path> ordered = new ArrayList<>();
    files.stream()
        .filter(f -> lowerName(f).equals("sdn.csv") || lowerName(f).equals("cons_prim.csv"))
        .forEach(ordered::add);
    files.stream().filter(f -> !ordered.contains(f)).forEach(ordered::add);
    return ordered;
  }

  /** The format of a file, from its first bytes (and, for OFAC's CSV set, its name). */
  public static ListFormat detect(Path file) {
    String head = head(file);
    String text = head.strip();
    if (text.startsWith("<")) {
      String root = rootElement(text);
      return switch (root) {
        case "CONSOLIDATED_LIST" -> ListFormat.UN_XML;
        case "export" -> ListFormat.EU_XML;
        case "sdnList" -> ListFormat.OFAC_SDN_XML;
        case "Sanctions" -> ListFormat.OFAC_ADVANCED_XML;
        case "WHOLE" -> ListFormat.EU_LEGACY_XML;
        default -> throw unknown(file, "XML with root element <" + root + ">");
      };
    }
    if (text.startsWith("{") && text.contains("\"schema\"")) {
      return ListFormat.FTM_JSON;
    }
    String firstLine = text.lines().findFirst().orElse("");
    if (firstLine.startsWith("Last Updated") || firstLine.contains("Group ID")) {
      return ListFormat.UK_CSV;
    }
    String name = lowerName(file);
    if (text.matches("(?s)^\\d+,(\"|-0-|\\d).*")) {
      return name.startsWith("cons_") ? ListFormat.OFAC_CONS_CSV : ListFormat.OFAC_SDN_CSV;
    }
    throw unknown(
        file,
        text.isEmpty()
            ? "an empty file"
            : "text starting with '"
                + text.substring(0, Math.min(40, text.length())).replaceAll("\\s+", " ")
                + "'");
  }

  private static String rootElement(String xml) {
    String body =
        xml.replaceAll("(?s)<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE[^\\[>]*(\\[.*?\\])?\\s*>", "");
    Matcher root = ROOT.matcher(body);
    return root.find() ? root.group(2) : "";
  }

  private static InvalidInputException unknown(Path file, String found) {
    return new InvalidInputException(
        "Cannot tell the list format of `"
            + file
            + "`: found "
            + found
            + ", which is none of the formats the engine reads. Check the file, or give"
            + " --format with one of: "
            + String.join(", ", Stream.of(ListFormat.values()).map(ListFormat::code).toList())
            + ".");
  }

  private static String head(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(SNIFF_BYTES);
      String text = new String(bytes, StandardCharsets.ISO_8859_1);
      return text.startsWith("\u00ef\u00bb\u00bf") ? text.substring(3) : text;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static String lowerName(Path file) {
    return ListInput.displayName(file).toLowerCase(Locale.ROOT);
  }
}
