package whatif.rulebook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.conf.EventProcessingOption;

/**
 * A KieBase as bytes and back. A KieBase does not serialize, but its packages do (with Drools'
 * own object streams), and the classes Drools generated for declared types are kept beside them,
 * to be defined again by a class loader of their own before the packages that use them are read.
 * Internal Drools API: whoever reads must have written with the same Drools version.
 */
final class KieBaseArchive {
    private KieBaseArchive() {
    }

    static void write(KieBase kieBase, OutputStream out) throws IOException {
        InternalKnowledgeBase base = (InternalKnowledgeBase) kieBase;
        Map<String, byte[]> classes = ((ProjectClassLoader) base.getRootClassLoader()).getStore();
        // Flushed, not closed: the caller's stream goes on.
        DroolsObjectOutputStream objects = new DroolsObjectOutputStream(out);
        objects.writeObject(new TreeMap<>(classes == null ? Map.of() : classes));
        objects.writeObject(base.getPackages());
        objects.flush();
    }

    static KieBase read(InputStream in) throws IOException, ClassNotFoundException {
        ClassLoader parent = ClassLoaderWithMissCaching.forCurrentThread();
        DroolsObjectInputStream objects = new DroolsObjectInputStream(in, parent);
        @SuppressWarnings("unchecked")
        Map<String, byte[]> classes = (Map<String, byte[]>) objects.readObject();
        ProjectClassLoader loader = ProjectClassLoader.createProjectClassLoader(parent, classes);
        objects.setClassLoader(loader);
        InternalKnowledgePackage[] packages = (InternalKnowledgePackage[]) objects.readObject();
        KieBaseConfiguration conf = KieServices.get().newKieBaseConfiguration(null, loader);
        // As RuleBookCompiler builds it: STREAM, for the temporal operators of events.
        conf.setOption(EventProcessingOption.STREAM);
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase(conf);
        base.addPackages(Arrays.asList(packages));
        return base;
    }
}
