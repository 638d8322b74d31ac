package org.rasd.decide;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.liblinear.LibLinearClassificationModel;

/**
 * The weights of a shipped two-class LIBLINEAR logistic regression (a Tribuo {@link LibLinearClassificationModel}),
 * read out once and kept in a small cache file, so that a start does not deserialise the Tribuo model (its feature map
 * costs a few hundred ms of CPU, a third of a one-article {@code rasd extract}).
 *
 * <p>{@link #probability} computes what Tribuo's {@code predict} returns for the label, in the same floating-point
 * order: the features' ids (the model's feature map), values of one id summed in the order given, a node per id in
 * ascending id order plus the bias node, each term {@code w[id] * value} added to 0 when its index is within the
 * model's (LIBLINEAR {@code predictValues}), then {@code 1 / (1 + exp(-dec))} for the first label and one minus it for
 * the second ({@code predictProbability}). {@code LinearWeightsTest} compares it with Tribuo's on the seed and dev
 * articles' events.
 */
final class LinearWeights {
    private static final int MAGIC = 0x52534c57; // "RSLW"
    private static final int VERSION = 1;

    private final Map<String, Integer> ids;
    private final double[] w;
    /** LIBLINEAR's bound on a node's index: the features, plus the bias when the model has one. */
    private final int n;
    /** The bias node's index (the feature map's size + 1), as Tribuo adds it to every example. */
    private final int biasIndex;
    /** 0 when the wanted label is LIBLINEAR's first, 1 when its second. */
    private final int slot;
    private final String[] names;

    private LinearWeights(String[] names, double[] w, int n, int biasIndex, int slot) {
        this.names = names;
        this.ids = new HashMap<>(names.length * 2);
        for (int i = 0; i < names.length; i++) {
            ids.put(names[i], i);
        }
        this.w = w;
        this.n = n;
        this.biasIndex = biasIndex;
        this.slot = slot;
    }

    /**
     * The weights of {@code model} for the probability of {@code label}; null when the model is not a two-class
     * LIBLINEAR logistic regression with a probability output (then only Tribuo can score it).
     */
    static LinearWeights of(Model<Label> model, String label) {
        if (!(model instanceof LibLinearClassificationModel m) || m.getInnerModels().size() != 1) {
            return null;
        }
        de.bwaldvogel.liblinear.Model lin = m.getInnerModels().get(0);
        if (lin.getNrClass() != 2 || !lin.isProbabilityModel() || !lin.getSolverType().isLogisticRegressionSolver()
                || m.getOutputIDInfo().size() != 2) {
            return null;
        }
        int[] labels = lin.getLabels();
        int slot = -1;
        for (int i = 0; i < 2; i++) {
            if (m.getOutputIDInfo().getOutput(labels[i]).getLabel().equals(label)) {
                slot = i;
            }
        }
        if (slot < 0) {
            return null;
        }
        var fmap = m.getFeatureIDMap();
        String[] names = new String[fmap.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = fmap.get(i).getName();
        }
        int n = lin.getBias() >= 0 ? lin.getNrFeature() + 1 : lin.getNrFeature();
        return new LinearWeights(names, lin.getFeatureWeights(), n, fmap.size() + 1, slot);
    }

    /** The probability of the label, as Tribuo's {@code predict} on an example of these features gives it. */
    double probability(List<EventFeatures.Feature> features) {
        int k = 0;
        long[] order = new long[features.size()];
        for (int i = 0; i < features.size(); i++) {
            Integer id = ids.get(features.get(i).name());
            if (id != null) {
                order[k++] = ((long) id << 32) | i; // by id, then by position: one id's values summed in order
            }
        }
        if (k == 0) {
            throw new IllegalArgumentException("No features found in Example " + features);
        }
        Arrays.sort(order, 0, k);
        double dec = 0;
        int j = 0;
        while (j < k) {
            int id = (int) (order[j] >>> 32);
            double v = features.get((int) order[j]).value();
            j++;
            while (j < k && (int) (order[j] >>> 32) == id) {
                v = v + features.get((int) order[j]).value();
                j++;
            }
            if (id + 1 <= n) {
                dec += w[id] * v;
            }
        }
        if (biasIndex <= n) {
            dec += w[biasIndex - 1] * 1.0;
        }
        double p0 = 1 / (1 + Math.exp(-dec));
        return slot == 0 ? p0 : 1. - p0;
    }

    /** A key of the model file's bytes: both CRC-32 and CRC-32C, and the length. */
    static String key(byte[] modelBytes) {
        CRC32 a = new CRC32();
        a.update(modelBytes);
        CRC32C b = new CRC32C();
        b.update(modelBytes);
        return String.format("%08x%08x-%d", a.getValue(), b.getValue(), modelBytes.length);
    }

    /** Writes these weights to {@code file} (a temporary file moved into place); false when it could not. */
    boolean write(Path file, String key) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(names.length * 24 + w.length * 8 + 64);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(key);
            out.writeInt(n);
            out.writeInt(biasIndex);
            out.writeInt(slot);
            out.writeInt(names.length);
            for (String s : names) {
                out.writeUTF(s);
            }
            out.writeInt(w.length);
            for (double d : w) {
                out.writeLong(Double.doubleToRawLongBits(d));
            }
            out.flush();
            CRC32 crc = new CRC32();
            crc.update(bytes.toByteArray());
            out.writeLong(crc.getValue());
            out.flush();
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try {
                Files.write(tmp, bytes.toByteArray());
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false; // a name over 65,535 bytes, a read-only home: no cache, the model is read each time
        }
    }

    /** The weights cached in {@code file} for {@code key}; null when it is missing, of another key or damaged. */
    static LinearWeights read(Path file, String key) {
        byte[] all;
        try {
            if (!Files.isRegularFile(file)) {
                return null;
            }
            all = Files.readAllBytes(file);
        } catch (IOException e) {
            return null;
        }
        if (all.length < 8) {
            return null;
        }
        CRC32 crc = new CRC32();
        crc.update(all, 0, all.length - 8);
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(all))) {
            in.skipNBytes(all.length - 8);
            if (in.readLong() != crc.getValue()) {
                return null;
            }
        } catch (IOException e) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(all, 0, all.length - 8))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION || !in.readUTF().equals(key)) {
                return null;
            }
            int n = in.readInt();
            int biasIndex = in.readInt();
            int slot = in.readInt();
            String[] names = new String[in.readInt()];
            for (int i = 0; i < names.length; i++) {
                names[i] = in.readUTF();
            }
            double[] w = new double[in.readInt()];
            for (int i = 0; i < w.length; i++) {
                w[i] = Double.longBitsToDouble(in.readLong());
            }
            if (slot < 0 || slot > 1 || n > w.length || biasIndex != names.length + 1) {
                return null;
            }
            return new LinearWeights(names, w, n, biasIndex, slot);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
