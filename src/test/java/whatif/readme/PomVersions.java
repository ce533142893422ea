package whatif.readme;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The versions whatif's pom gives: its own ({@code whatif:whatif}) and each dependency's and
 * plugin's, with {@code ${property}} references resolved, so that a README snippet can be held
 * to them.
 */
record PomVersions(Map<String, String> byArtifact) {
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    static PomVersions read(Path pom) throws Exception {
        Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile())
                .getDocumentElement();
        Map<String, String> properties = new HashMap<>();
        childElement(project, "properties").ifPresent(p -> childElements(p)
                .forEach(e -> properties.put(e.getTagName(), e.getTextContent().strip())));
        Map<String, String> versions = new HashMap<>();
        versions.put(key(project), text(project, "version"));
        for (Element artifact : artifacts(project.getOwnerDocument())) {
            versions.put(key(artifact), resolve(text(artifact, "version"), properties));
        }
        return new PomVersions(Map.copyOf(versions));
    }

    Optional<String> versionOf(String groupAndArtifact) {
        return Optional.ofNullable(byArtifact.get(groupAndArtifact));
    }

    /** The {@code <dependency>} and {@code <plugin>} elements of a document, wherever they are. */
    static List<Element> artifacts(Document document) {
        List<Element> elements = new ArrayList<>();
        for (String tag : List.of("dependency", "plugin")) {
            NodeList nodes = document.getElementsByTagName(tag);
            for (int i = 0; i < nodes.getLength(); i++) {
                elements.add((Element) nodes.item(i));
            }
        }
        return elements;
    }

    /** {@code groupId:artifactId} of a project, dependency or plugin element. */
    static String key(Element element) {
        return text(element, "groupId") + ":" + text(element, "artifactId");
    }

    static String text(Element element, String child) {
        return childElement(element, child).map(e -> e.getTextContent().strip()).orElse("");
    }

    private static String resolve(String value, Map<String, String> properties) {
        Matcher m = PROPERTY.matcher(value);
        return m.matches() ? properties.getOrDefault(m.group(1), value) : value;
    }

    private static Optional<Element> childElement(Element parent, String name) {
        return childElements(parent).stream().filter(e -> e.getTagName().equals(name)).findFirst();
    }

    private static List<Element> childElements(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                children.add(e);
            }
        }
        return children;
    }
}
