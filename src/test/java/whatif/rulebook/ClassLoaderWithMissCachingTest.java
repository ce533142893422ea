package whatif.rulebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;

/**
 * Drools asks the application's class loader for names that are no class over and over; the
 * rule book's loaders ask through one that remembers the misses, whether compiled or read back.
 */
class ClassLoaderWithMissCachingTest {
    private static final Path TRAFFIC = Path.of("examples/traffic/rules");

    /** Counts what reaches the real application class loader. */
    private static final class CountingParent extends ClassLoader {
        final List<String> asked = new CopyOnWriteArrayList<>();

        CountingParent() {
            super(ClassLoaderWithMissCachingTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            asked.add(name);
            return super.loadClass(name, resolve);
        }
    }

    @Test
    void aMissReachesTheParentOnceAndIsAMissEveryTime() {
        CountingParent parent = new CountingParent();
        ClassLoader loader = ClassLoaderWithMissCaching.around(parent);

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> loader.loadClass("traffic.NoSuchType"))
                    .isInstanceOf(ClassNotFoundException.class).hasMessage("traffic.NoSuchType");
        }

        assertThat(parent.asked).containsExactly("traffic.NoSuchType");
    }

    @Test
    void aClassThereIsComesFromTheParentEveryTime() throws ClassNotFoundException {
        CountingParent parent = new CountingParent();
        ClassLoader loader = ClassLoaderWithMissCaching.around(parent);

        assertThat(loader.loadClass(RuleBook.class.getName())).isSameAs(RuleBook.class);
        assertThat(loader.loadClass(RuleBook.class.getName())).isSameAs(RuleBook.class);

        assertThat(parent.asked).containsExactly(RuleBook.class.getName(), RuleBook.class.getName());
    }

    @Test
    void oneParentHasOneLoaderAndALoaderIsNotWrappedTwice() {
        CountingParent parent = new CountingParent();
        ClassLoader loader = ClassLoaderWithMissCaching.around(parent);

        assertThat(ClassLoaderWithMissCaching.around(parent)).isSameAs(loader);
        assertThat(ClassLoaderWithMissCaching.around(loader)).isSameAs(loader);
        assertThat(loader.getParent()).isSameAs(parent);
    }

    @Test
    void aCompiledRuleBookAndOneReadFromTheCacheAskThroughIt(@TempDir Path dir) {
        RuleBookCompilerWithCaching compiler = new RuleBookCompilerWithCaching(new RuleBookCache(dir), note -> { });
        KieBase compiled = compiler.compileFolder(TRAFFIC).ruleBook().orElseThrow().kieBase();
        KieBase read = compiler.compileFolder(TRAFFIC).ruleBook().orElseThrow().kieBase();

        assertThat(read).isNotSameAs(compiled);
        for (KieBase base : List.of(compiled, read)) {
            assertThat(((InternalKnowledgeBase) base).getRootClassLoader().getParent())
                    .isSameAs(ClassLoaderWithMissCaching.forCurrentThread());
        }
    }
}
