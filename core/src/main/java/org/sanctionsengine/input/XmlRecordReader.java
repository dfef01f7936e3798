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
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
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
      while (reader.hasNext()) {
        int event = nextEvent();
        if (event == XMLStreamConstants.START_ELEMENT) {
          if (recordNames.contains(reader.getLocalName())) {
            return Optional.of(readElement());
          }
          push(reader.getLocalName());
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          path.pop();
        } else {
          checkEvent(event);
        }
      }
      return Optional.empty();
    } catch (XMLStreamException e) {
      throw malformed(e);
    }
  }

  /**
   * The parser's next event. The JDK's parser fails on some malformed input with a runtime
   * exception of its own instead of an {@link XMLStreamException} (a DOCTYPE with a control
   * character throws {@code MissingResourceException: InvalidCharInDTD}, its error message being
   * missing from its bundle; found by EuFsdXmlReaderFuzzTest): that is malformed XML too.
   */
  private int nextEvent() throws XMLStreamException {
    try {
      return reader.next();
    } catch (RuntimeException e) {
      throw new ListFormatException(
          location(),
          "the XML is malformed (the parser failed with "
              + e.getClass().getSimpleName()
              + ": "
              + e.getMessage()
              + ").",
          NEXT_STEP);
    }
  }

  private XmlElement readRootStart() {
    try {
      while (reader.hasNext()) {
        int event = nextEvent();
        if (event == XMLStreamConstants.START_ELEMENT) {
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
      int event = nextEvent();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> open.push(startBuilder(open.element()));
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
          Builder current = open.element();
          current.text.append(
              reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
          limits.check(InputLimits.Limit.STRING_LENGTH, current.text.length(), current.location);
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
