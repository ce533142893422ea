package whatif.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A type and, for some of its fields, what they must hold; fields left out match anything. */
record FactPattern(String type, Map<String, ValueMatcher> fields, String written) {
    FactPattern {
        fields = new LinkedHashMap<>(fields);
    }

    boolean matches(FactView fact) {
        if (!fact.type().equals(type)) {
            return false;
        }
        return fields.entrySet().stream().allMatch(e -> e.getValue().matches(fact.values().get(e.getKey())));
    }

    List<FactView> matchesIn(List<FactView> facts) {
        return facts.stream().filter(this::matches).toList();
    }

    List<FactView> sameType(List<FactView> facts) {
        return facts.stream().filter(f -> f.type().equals(type)).toList();
    }

    static String list(List<FactView> facts) {
        if (facts.isEmpty()) {
            return "none";
        }
        StringBuilder out = new StringBuilder();
        for (FactView f : facts) {
            out.append(out.length() == 0 ? "" : "; ").append(f.describe());
        }
        return out.toString();
    }
}
