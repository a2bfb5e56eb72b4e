package io.github.dupkit.examples.release;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The repository's files as the release checks read them: the tests run in {@code examples/}, so
 * the repository is its parent directory. POMs are read without namespaces, so that an XPath such
 * as {@code /project/scm/url} names elements as the file writes them.
 */
final class Repository {
  static final Path ROOT = Path.of("..");

  private Repository() {}

  static Path file(String relative) {
    Path path = ROOT.resolve(relative);
    assertTrue(Files.isRegularFile(path), () -> relative + " exists in the repository");
    return path;
  }

  static String text(String relative) {
    try {
      return Files.readString(file(relative), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Pom pom(String relative) {
    try (InputStream in = Files.newInputStream(file(relative))) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setNamespaceAware(false);
      return new Pom(relative, factory.newDocumentBuilder().parse(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("cannot read " + relative, e);
    }
  }

  /** A POM file, queried with XPath. */
  record Pom(String path, Document document) {
    /** The trimmed text of the first node the expression selects, or "" when none. */
    String value(String xpath) {
      List<String> values = values(xpath);
      return values.isEmpty() ? "" : values.get(0);
    }

    /** The trimmed texts of every node the expression selects, in document order. */
    List<String> values(String xpath) {
      try {
        NodeList nodes =
            (NodeList)
                XPathFactory.newInstance()
                    .newXPath()
                    .evaluate(xpath, document, XPathConstants.NODESET);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
          Node node = nodes.item(i);
          values.add(node.getTextContent().strip().replaceAll("\\s+", " "));
        }
        return values;
      } catch (XPathExpressionException e) {
        throw new IllegalArgumentException(xpath, e);
      }
    }
  }
}
