package org.sanctionsengine.input;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One XML element read by {@link XmlRecordReader}: local name, attributes (local names), its own
 * text (stripped, child text excluded), children in order, and where it starts.
 *
 * @param name local name
 * @param attributes attributes by local name
 * @param text the element's own text, stripped
 * @param children child elements in document order
 * @param location where the record this element belongs to starts, with the record's path
 */
public record XmlElement(
    String name,
    Map<String, String> attributes,
    String text,
    List<XmlElement> children,
    SourceLocation location) {
  public XmlElement {
    attributes = Map.copyOf(attributes);
    children = List.copyOf(children);
  }

  /** The first child with this local name. */
  public Optional<XmlElement> child(String childName) {
    for (XmlElement child : children) {
      if (child.name.equals(childName)) {
        return Optional.of(child);
      }
    }
    return Optional.empty();
  }

  /** Every child with this local name. */
  public List<XmlElement> children(String childName) {
    return children.stream().filter(child -> child.name.equals(childName)).toList();
  }

  /**
   * The text of the first child with this name; empty when there is no such child. The child is a
   * text-valued field: an element inside it is refused, since its text would be lost.
   */
  public String text(String childName) {
    return child(childName).map(XmlElement::textValue).orElse("");
  }

  /** The texts of the children with this name that are not empty (text-valued, as above). */
  public List<String> texts(String childName) {
    return children(childName).stream()
        .map(XmlElement::textValue)
        .filter(t -> !t.isEmpty())
        .toList();
  }

  /** This element's text, refusing an element inside it (a field that must hold text only). */
  public String textValue() {
    if (!children.isEmpty()) {
      throw new ListFormatException(
          location,
          "element <"
              + name
              + "> should hold text but holds element <"
              + children.getFirst().name
              + ">, which would be dropped with its text.",
          "Use the list file as published; it is damaged or was altered.");
    }
    return text;
  }

  /** The value of an attribute; empty when absent. */
  public String attribute(String attributeName) {
    return attributes.getOrDefault(attributeName, "");
  }
}
