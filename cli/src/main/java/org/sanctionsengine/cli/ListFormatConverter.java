package org.sanctionsengine.cli;

import java.util.Arrays;
import java.util.Iterator;
import org.sanctionsengine.lists.ListFormat;
import picocli.CommandLine.ITypeConverter;

/** {@code --format un-xml} → {@link ListFormat#UN_XML}, with the core's message for bad codes. */
final class ListFormatConverter implements ITypeConverter<ListFormat> {
  @Override
  public ListFormat convert(String value) {
    return ListFormat.parse(value);
  }

  /** The codes, for the help text. */
  static final class Codes implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(ListFormat.values()).map(ListFormat::code).iterator();
    }
  }
}
