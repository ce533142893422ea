package whatif.chart;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Units read from the end of a camel-case field name, as fields are commonly named: {@code rangeKm}
 * is in km, {@code weightKg} in kg, {@code delayMs} in ms. Only general units of measure, so the
 * same table serves any policy; a field named otherwise has no unit unless one is given.
 */
final class UnitSuffix {
    /** Longer suffixes first, so that {@code LbfS} wins over {@code S}. */
    private static final Map<String, String> UNITS = units();

    private UnitSuffix() {
    }

    private static Map<String, String> units() {
        Map<String, String> units = new LinkedHashMap<>();
        units.put("Percent", "%");
        units.put("LbfS", "lbf·s");
        units.put("Days", "days");
        units.put("Years", "years");
        units.put("Hours", "h");
        units.put("Pct", "%");
        units.put("Usd", "USD");
        units.put("Eur", "EUR");
        units.put("Kwh", "kWh");
        units.put("Km", "km");
        units.put("Kg", "kg");
        units.put("Cm", "cm");
        units.put("Mm", "mm");
        units.put("Ms", "ms");
        units.put("Kn", "kN");
        units.put("Lb", "lb");
        units.put("Ft", "ft");
        units.put("Kw", "kW");
        units.put("Mw", "MW");
        units.put("M", "m");
        units.put("G", "g");
        units.put("T", "t");
        units.put("S", "s");
        units.put("N", "N");
        units.put("W", "W");
        return units;
    }

    static Optional<String> unitOf(String name) {
        return suffixOf(name).map(UNITS::get);
    }

    /** The name without its unit suffix: {@code Proposal.rangeKm} gives {@code Proposal.range}. */
    static String stem(String name) {
        return suffixOf(name).map(s -> name.substring(0, name.length() - s.length())).orElse(name);
    }

    /** {@code Proposal.totalImpulse} in words: {@code Proposal total impulse}. */
    static String words(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '.' || c == '_') {
                out.append(' ');
            } else if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(name.charAt(i - 1))) {
                out.append(' ').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The unit suffix, which must follow a lower-case letter: {@code rangeKm}, not {@code Km} alone or {@code KM}. */
    private static Optional<String> suffixOf(String name) {
        for (String suffix : UNITS.keySet()) {
            int start = name.length() - suffix.length();
            if (start > 0 && name.endsWith(suffix) && Character.isLowerCase(name.charAt(start - 1))) {
                return Optional.of(suffix);
            }
        }
        return Optional.empty();
    }
}
