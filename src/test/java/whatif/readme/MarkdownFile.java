package whatif.readme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * A Markdown file as CommonMark reads it (the way GitHub renders it): its code blocks, the
 * targets of its links and images, each with its line, and the anchors its headings get, in
 * the order of the file.
 */
record MarkdownFile(Path path, List<CodeBlock> codeBlocks, List<Target> links, Set<String> anchors) {

    /**
     * A code block; {@code line} is that of its first line of code. An indented block, or a fenced
     * one without an info string, has the language {@code ""}.
     */
    record CodeBlock(String language, int line, List<String> lines) {
        CodeBlock {
            lines = List.copyOf(lines);
        }

        String text() {
            return String.join("\n", lines) + "\n";
        }
    }

    /** Where a link, an image or a link reference definition points, as written. */
    record Target(String destination, int line) {
    }

    static MarkdownFile read(Path path) throws IOException {
        Parser parser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
        Collector collector = new Collector();
        parser.parse(Files.readString(path)).accept(collector);
        return new MarkdownFile(path, List.copyOf(collector.blocks), List.copyOf(collector.links),
                Collections.unmodifiableSet(collector.anchors));
    }

    private static final class Collector extends AbstractVisitor {
        // Stateful like GitHub's: a second heading of the same text gets `-1`.
        private final IdGenerator ids = IdGenerator.builder().build();
        private final List<CodeBlock> blocks = new ArrayList<>();
        private final List<Target> links = new ArrayList<>();
        private final Set<String> anchors = new LinkedHashSet<>();

        @Override
        public void visit(FencedCodeBlock block) {
            String language = block.getInfo() == null ? "" : block.getInfo().strip().split("\\s+")[0];
            // The code starts on the line after the opening fence.
            blocks.add(new CodeBlock(language, lineOf(block) + 1, block.getLiteral().lines().toList()));
        }

        @Override
        public void visit(IndentedCodeBlock block) {
            blocks.add(new CodeBlock("", lineOf(block), block.getLiteral().lines().toList()));
        }

        @Override
        public void visit(Link link) {
            links.add(new Target(link.getDestination(), lineOf(link)));
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            links.add(new Target(image.getDestination(), lineOf(image)));
            visitChildren(image);
        }

        @Override
        public void visit(LinkReferenceDefinition definition) {
            links.add(new Target(definition.getDestination(), lineOf(definition)));
        }

        @Override
        public void visit(Heading heading) {
            anchors.add(ids.generateId(plainText(heading)));
            visitChildren(heading);
        }

        private static String plainText(Node node) {
            StringBuilder text = new StringBuilder();
            node.accept(new AbstractVisitor() {
                @Override
                public void visit(Text t) {
                    text.append(t.getLiteral());
                }

                @Override
                public void visit(Code code) {
                    text.append(code.getLiteral());
                }
            });
            return text.toString();
        }

        private static int lineOf(Node node) {
            return node.getSourceSpans().get(0).getLineIndex() + 1;
        }
    }
}
