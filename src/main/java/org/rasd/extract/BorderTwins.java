package org.rasd.extract;

/**
 * Border towns and the towns facing them across the border ({@code border-twins.tsv}: Kilis → Hawar Kilis): where a
 * strike or shelling from one side is coded when the text names only the striker's border town.
 */
final class BorderTwins {
    private BorderTwins() {
    }

    private static final java.util.Map<String, org.rasd.model.Location> TWINS = twins();

    private static java.util.Map<String, org.rasd.model.Location> twins() {
        java.util.Map<String, org.rasd.model.Location> m = new java.util.HashMap<>();
        try (var in = BorderTwins.class.getResourceAsStream("border-twins.tsv");
             var r = new java.io.BufferedReader(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                org.rasd.model.Location loc = new org.rasd.model.Location(c[3].trim(), c[4].trim(), c[2].trim(), null,
                        null, null, Double.parseDouble(c[5]), Double.parseDouble(c[6]), 2, "border:" + c[2].trim() + ":"
                        + c[3].trim());
                for (String form : c[0].split("\\|")) {
                    m.put(org.rasd.text.ArabicNormalizer.normalize(form).trim() + "@" + c[2].trim(), loc);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return java.util.Map.copyOf(m);
    }

    /** The town facing border town {@code anchor} in {@code country}, from border-twins.tsv, or null. */
    static org.rasd.model.Location twin(Layers l, PlaceRef anchor, String country) {
        String ar = org.rasd.text.ArabicNormalizer.normalize(l.doc.text().substring(anchor.start(), anchor.end())).trim();
        org.rasd.model.Location t = TWINS.get(ar + "@" + country);
        if (t == null && ar.length() > 3 && (ar.startsWith("ل") || ar.startsWith("ب"))) {
            t = TWINS.get(ar.substring(1) + "@" + country);
        }
        return t;
    }
}
