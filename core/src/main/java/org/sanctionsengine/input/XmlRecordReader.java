package org.sanctionsengine.input;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Streams an XML list file record by record with bounded memory: it hands out one record element
 * (e.g. each {@code INDIVIDUAL}) at a time as a small {@link XmlElement} tree and keeps nothing
 * else. DTDs are refused outright and external entities are never resolved; nesting depth and text
 * length are checked against {@link InputLimits}. Every error names the file, line, column and
 * element path, and says what to do.
 */
public final class XmlRecordReader implements AutoCloseable {
  private static final String XINCLUDE = "http://www.w3.org/2001/XInclude";
  private static final String NEXT_STEP =
      "Check that the file is complete (download it again) and is an official list file.";

  private final XMLStreamReader reader;
  private final String file;
  private final InputLimits limits;
  private final Deque<String> path = new ArrayDeque<>();
  private final XmlElement root;

  private XmlRecordReader(XMLStreamReader reader, String file, InputLimits limits) {
    this.reader = reader;
    this.file = file;
    this.limits = limits;
    this.root = readRootStart();
  }

  /** Opens a reader positioned after the root element's start tag. */
  public static XmlRecordReader open(InputStream in, String file, InputLimits limits) {
    try {
      return new XmlRecordReader(safeFactory().createXMLStreamReader(in), file, limits);
    } catch (XMLStreamException e) {
      throw new ListFormatException(
          SourceLocation.ofFile(file), "the file is not XML (" + e.getMessage() + ").", NEXT_STEP);
    }
  }

  /** An XMLInputFactory with DTD support and external entities switched off. */
  static XMLInputFactory safeFactory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    // Not coalescing: the parser then hands out text in blocks of at most 16 K characters, which
    // the readers bound; coalescing would build one string of any size (an OutOfMemoryError for
    // a few hundred MB of stray text) before any limit could be checked.
    factory.setProperty(XMLInputFactory.IS_COALESCING, false);
    return factory;
  }

  /** The root element: its name and attributes (no children, no text). */
  public XmlElement root() {
    return root;
  }

  /**
   * The next element whose local name is one of {@code recordNames}, read whole; empty at the end
   * of the document. Elements outside records are skipped (and still checked).
   */
  public Optional<XmlElement> next(Set<String> recordNames) {
    try {
      long stray = 0;
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          checkNamespace();
          if (recordNames.contains(reader.getLocalName())) {
            return Optional.of(readElement());
          }
          stray = 0;
          push(reader.getLocalName());
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          stray = 0;
          path.pop();
        } else if (isText(event)) {
          stray = strayText(stray);
        } else {
          checkEvent(event);
        }
      }
      return Optional.empty();
    } catch (XMLStreamException e) {
      throw malformed(e);
    }
  }

  private XmlElement readRootStart() {
    try {
      long stray = 0;
      while (reader.hasNext()) {
        int event = reader.next();
        if (isText(event)) {
          stray = strayText(stray);
          continue;
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
          checkNamespace();
          SourceLocation at = location().withPath("/" + reader.getLocalName());
          XmlElement element =
              new XmlElement(reader.getLocalName(), attributes(), "", List.of(), at);
          push(reader.getLocalName());
          return element;
        }
        checkEvent(event);
      }
    } catch (XMLStreamException e) {
      throw malformed(e);
    }
    throw new ListFormatException(
        location(), "the document has no root element; the file is empty or truncated.", NEXT_STEP);
  }

  /** Reads the element at the current START_ELEMENT, with its subtree, iteratively. */
  private XmlElement readElement() throws XMLStreamException {
    Deque<Builder> open = new ArrayDeque<>();
    open.push(startBuilder(null));
    while (true) {
      int event = reader.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          checkNamespace();
          Builder parent = open.element();
          if (!parent.text.isEmpty() && !parent.text.toString().isBlank()) {
            throw mixed(parent.name);
          }
          open.push(startBuilder(parent));
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          Builder current = open.element();
          appendText(current);
        }
        case XMLStreamConstants.END_ELEMENT -> {
          XmlElement done = open.pop().build();
          path.pop();
          if (open.isEmpty()) {
            return done;
          }
          open.element().children.add(done);
        }
        default -> checkEvent(event);
      }
    }
  }

  private static boolean isText(int event) {
    return event == XMLStreamConstants.CHARACTERS
        || event == XMLStreamConstants.CDATA
        || event == XMLStreamConstants.SPACE;
  }

  /**
   * Text outside any record (between records, around the root): not kept, but each run of it is
   * bounded like the text of an element, and checked for control characters.
   */
  private long strayText(long before) {
    checkControl();
    long run = before + reader.getTextLength();
    if (run > limits.maxStringLength()) {
      limits.check(InputLimits.Limit.STRING_LENGTH, run, location());
    }
    return run;
  }

  private void appendText(Builder current) {
    checkControl();
    if (!current.children.isEmpty() && !isBlank()) {
      throw mixed(current.name);
    }
    current.text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
    limits.check(InputLimits.Limit.STRING_LENGTH, current.text.length(), current.location);
  }

  private boolean isBlank() {
    char[] text = reader.getTextCharacters();
    for (int i = reader.getTextStart(); i < reader.getTextStart() + reader.getTextLength(); i++) {
      if (!Character.isWhitespace(text[i])) {
        return false;
      }
    }
    return true;
  }

  private void checkControl() {
    int at =
        ControlCharacters.indexOf(
            reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
    if (at >= 0) {
      throw ControlCharacters.refused(reader.getTextCharacters()[at], location());
    }
  }

  /** Official lists hold no XInclude: a parser that resolved it would read another file. */
  private void checkNamespace() {
    if (XINCLUDE.equals(reader.getNamespaceURI())) {
      throw new ListFormatException(
          location(),
          "element <"
              + (reader.getPrefix() == null || reader.getPrefix().isEmpty()
                  ? ""
                  : reader.getPrefix() + ":")
              + reader.getLocalName()
              + "> is an XInclude, which official lists never use; it is not resolved, and"
              + " dropping it would silently drop the text it stands for.",
          "Use the list file as published.");
    }
  }

  /** Text and elements mixed in one element: no official list does that. */
  private ListFormatException mixed(String parent) {
    return new ListFormatException(
        location(),
        "element <"
            + parent
            + "> holds both text and elements; official lists keep text and elements apart, so"
            + " part of this value would be lost.",
        NEXT_STEP);
  }

  /** Starts an element; only a record's own element pays for its location and path. */
  private Builder startBuilder(@Nullable Builder parent) {
    push(reader.getLocalName());
    SourceLocation at = parent == null ? location().withPath(pathText()) : parent.location;
    return new Builder(reader.getLocalName(), attributes(), at);
  }

  private void push(String name) {
    path.push(name);
    if (path.size() > limits.maxXmlDepth()) {
      limits.check(InputLimits.Limit.XML_DEPTH, path.size(), location().withPath(pathText()));
    }
  }

  private void checkEvent(int event) {
    if (event == XMLStreamConstants.DTD) {
      throw new ListFormatException(
          location(),
          "the document declares a DTD (<!DOCTYPE ...>); official lists never do, and DTDs can"
              + " expand entities or fetch external files, so they are refused.",
          "Use the list file as published, without a DOCTYPE.");
    }
    if (event == XMLStreamConstants.ENTITY_REFERENCE) {
      throw new ListFormatException(
          location(),
          "the document refers to the entity &"
              + reader.getLocalName()
              + ";, which is not"
              + " allowed (entity expansion is off).",
          "Use the list file as published.");
    }
  }

  private Map<String, String> attributes() {
    Map<String, String> attributes = new HashMap<>();
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      String value = reader.getAttributeValue(i);
      if (value.length() > limits.maxStringLength()) {
        limits.check(InputLimits.Limit.STRING_LENGTH, value.length(), location());
      }
      int control = ControlCharacters.indexOf(value);
      if (control >= 0) {
        throw ControlCharacters.refused(value.charAt(control), location());
      }
      attributes.put(reader.getAttributeLocalName(i), value);
    }
    return attributes;
  }

  private SourceLocation location() {
    Location at = reader.getLocation();
    return new SourceLocation(
        file, Math.max(0, at.getLineNumber()), Math.max(0, at.getColumnNumber()), pathText());
  }

  private String pathText() {
    if (path.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder();
    path.descendingIterator().forEachRemaining(name -> text.append('/').append(name));
    return text.toString();
  }

  private ListFormatException malformed(XMLStreamException e) {
    Location at = e.getLocation();
    SourceLocation where =
        at == null
            ? location()
            : new SourceLocation(
                file,
                Math.max(0, at.getLineNumber()),
                Math.max(0, at.getColumnNumber()),
                pathText());
    String detail = e.getMessage() == null ? "" : e.getMessage();
    int cut = detail.indexOf("Message: ");
    String reason = cut >= 0 ? detail.substring(cut + 9) : detail;
    String problem =
        reason.contains("must start and end within the same entity")
                || reason.contains("end of file")
            ? "the file ends inside element " + pathText() + "; it looks truncated."
            : "the XML is malformed: " + reason.strip();
    return new ListFormatException(where, problem, NEXT_STEP);
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (XMLStreamException e) {
      // Closing frees parser state only; the stream itself is closed by its owner.
    }
  }

  private static final class Builder {
    final String name;
    final Map<String, String> attributes;
    final SourceLocation location;
    final StringBuilder text = new StringBuilder();
    final List<XmlElement> children = new ArrayList<>();

    Builder(String name, Map<String, String> attributes, SourceLocation location) {
      this.name = name;
      this.attributes = attributes;
      this.location = location;
    }

    XmlElement build() {
      return new XmlElement(name, attributes, text.toString().strip(), children, location);
    }
  }
}
