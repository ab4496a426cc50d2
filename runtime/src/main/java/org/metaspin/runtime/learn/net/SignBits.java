package org.metaspin.runtime.learn.net;

import org.metaspin.runtime.learn.kernel.BitGemm;

/**
 * Signs of weights as floats and as packed bits (sign(0) = +1, sign(NaN) = -1), with the
 * non-finite check folded into the same pass over the weights. Weight and activation signs
 * are coin flips, so every test here is branch-free: mispredicted branches dominated these
 * loops.
 */
final class SignBits {
    private SignBits() {}

    /** 1 where sign(v) = -1 (v < 0 or NaN), 0 where v >= 0 (-0 included). */
    static int negBit(float v) {
        int b = Float.floatToRawIntBits(v);
        int abs = b & 0x7fffffff;
        int nonZero = ((abs - 1) >>> 31) ^ 1;
        int nan = (0x7f800000 - abs) >>> 31;
        return ((b >>> 31) & nonZero) | nan;
    }

    /** sign(v) as +-1f. */
    static float sign(float v) {
        return Float.intBitsToFloat(0x3f800000 | negBit(v) << 31);
    }

    /** The sign bit set if v is NaN or infinite (its exponent all ones), else clear. */
    static int nonFiniteBit(float v) {
        return (Float.floatToRawIntBits(v) & 0x7f800000) + 0x00800000;
    }

    /** {@link #nonFiniteBit} of every element ORed: negative if any is NaN or infinite. */
    static int nonFinite(float[] v) {
        int nf = 0;
        for (float x : v) nf |= nonFiniteBit(x);
        return nf;
    }

    /** Rows [r0, r1) of src (in x out) into {@code rows[i][j]}: the signs, or the values as they are. */
    static int signRows(float[] src, int out, float[][] rows, boolean sign, int r0, int r1) {
        int nf = 0;
        for (int i = r0; i < r1; i++) {
            float[] r = rows[i];
            int o = i * out;
            if (sign) {
                for (int j = 0; j < out; j++) {
                    float v = src[o + j];
                    nf |= nonFiniteBit(v);
                    r[j] = sign(v);
                }
            } else {
                for (int j = 0; j < out; j++) {
                    float v = src[o + j];
                    nf |= nonFiniteBit(v);
                    r[j] = v;
                }
            }
        }
        return nf;
    }

    /**
     * Packs the signs of rows [r0, r1) of src (in x out, r0 a multiple of 64) into out packed
     * columns of length in, word-major as {@link BitGemm#packWeights} lays them out.
     */
    static int packColumns(float[] src, int in, int out, long[] bits, int r0, int r1) {
        java.util.Arrays.fill(bits, (r0 >>> 6) * out, ((r1 + 63) >>> 6) * out, 0L);
        int nf = 0;
        for (int i = r0; i < r1; i++) {
            int o = i * out;
            int w = i >>> 6;
            int shift = i & 63;
            for (int j = 0; j < out; j++) {
                float v = src[o + j];
                nf |= nonFiniteBit(v);
                bits[w * out + j] |= (long) negBit(v) << shift;
            }
        }
        return nf;
    }

    /** The sign bits of src (in x out) row by row, [in][words(out)]: bit (i, j) set where sign(src[i][j]) = -1. */
    static long[] negativeRows(float[] src, int in, int out) {
        int wordsOut = BitGemm.words(out);
        long[] bits = new long[in * wordsOut];
        for (int i = 0; i < in; i++) {
            for (int j = 0; j < out; j++) if (!(src[i * out + j] >= 0)) bits[i * wordsOut + (j >>> 6)] |= 1L << (j & 63);
        }
        return bits;
    }
}
