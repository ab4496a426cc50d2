package org.metaspin.runtime.units;

import java.util.Arrays;

/**
 * A physical dimension: exact integer exponents over the seven SI base dimensions
 * (LANGUAGE.md §2). Immutable; compare with {@link #equals}.
 *
 * <p>Exponents are limited to [-{@value #MAX_EXPONENT}, {@value #MAX_EXPONENT}] so that every
 * dimension fits the packed {@code long} form the compiler embeds in bytecode. An operation
 * whose result leaves that range throws {@link ArithmeticException}; the checker reports it
 * as a diagnostic instead of letting exponents wrap silently.
 */
public final class Dimension {

    /** The base dimensions, in the order of the packed form (byte 0 = length). */
    public enum Base {
        LENGTH("m"), MASS("kg"), TIME("s"), CURRENT("A"), TEMPERATURE("K"), AMOUNT("mol"), LUMINOSITY("cd");

        /** The SI base unit's symbol. */
        public final String symbol;

        Base(String symbol) { this.symbol = symbol; }
    }

    public static final int MAX_EXPONENT = 127;

    private static final int N = 7;

    /** Order of factors in the base-unit form of §15: kg m s A K mol cd. */
    private static final Base[] PRINT_ORDER = {
        Base.MASS, Base.LENGTH, Base.TIME, Base.CURRENT, Base.TEMPERATURE, Base.AMOUNT, Base.LUMINOSITY
    };

    public static final Dimension NONE = new Dimension(new int[N]);
    public static final Dimension LENGTH = of(Base.LENGTH);
    public static final Dimension MASS = of(Base.MASS);
    public static final Dimension TIME = of(Base.TIME);
    public static final Dimension CURRENT = of(Base.CURRENT);
    public static final Dimension TEMPERATURE = of(Base.TEMPERATURE);
    public static final Dimension AMOUNT = of(Base.AMOUNT);
    public static final Dimension LUMINOSITY = of(Base.LUMINOSITY);

    private final int[] exps;

    private Dimension(int[] exps) {
        for (int x : exps) {
            if (x > MAX_EXPONENT || x < -MAX_EXPONENT) {
                throw new ArithmeticException("dimension exponent " + x + " is out of range");
            }
        }
        this.exps = exps;
    }

    /** The dimension of one base unit. */
    public static Dimension of(Base b) {
        int[] e = new int[N];
        e[b.ordinal()] = 1;
        return new Dimension(e);
    }

    /** A dimension from its exponents in {@link Base} order. */
    public static Dimension of(int length, int mass, int time, int current, int temperature, int amount, int luminosity) {
        return new Dimension(new int[] {length, mass, time, current, temperature, amount, luminosity});
    }

    public int exponent(Base b) { return exps[b.ordinal()]; }

    public boolean isNone() {
        for (int x : exps) if (x != 0) return false;
        return true;
    }

    public Dimension times(Dimension o) {
        int[] r = new int[N];
        for (int i = 0; i < N; i++) r[i] = exps[i] + o.exps[i];
        return new Dimension(r);
    }

    public Dimension divide(Dimension o) {
        int[] r = new int[N];
        for (int i = 0; i < N; i++) r[i] = exps[i] - o.exps[i];
        return new Dimension(r);
    }

    public Dimension pow(int n) {
        int[] r = new int[N];
        for (int i = 0; i < N; i++) r[i] = Math.multiplyExact(exps[i], n);
        return new Dimension(r);
    }

    /** The n-th root ({@code sqrt} is {@code root(2)}), or null when an exponent is not divisible by n. */
    public Dimension root(int n) {
        if (n == 0) throw new ArithmeticException("zeroth root");
        int[] r = new int[N];
        for (int i = 0; i < N; i++) {
            if (exps[i] % n != 0) return null;
            r[i] = exps[i] / n;
        }
        return new Dimension(r);
    }

    /**
     * Seven signed bytes, length in the lowest. {@link #NONE} packs to 0, so a dimensionless
     * constant costs the compiler nothing; the top byte is always 0.
     */
    public long pack() {
        long p = 0;
        for (int i = 0; i < N; i++) p |= (exps[i] & 0xFFL) << (8 * i);
        return p;
    }

    /** Inverse of {@link #pack()}; rejects values that no dimension packs to. */
    public static Dimension unpack(long packed) {
        if ((packed >>> 56) != 0) throw new IllegalArgumentException("not a packed dimension: 0x" + Long.toHexString(packed));
        int[] e = new int[N];
        for (int i = 0; i < N; i++) e[i] = (byte) (packed >>> (8 * i));
        return new Dimension(e);
    }

    @Override
    public boolean equals(Object o) { return o instanceof Dimension d && Arrays.equals(exps, d.exps); }

    @Override
    public int hashCode() { return Arrays.hashCode(exps); }

    /**
     * Base-unit form of §15: factors in the order {@code kg m s A K mol cd}, {@code ^n} for
     * n ≠ 1, the numerator joined by {@code *}, then {@code /} and the denominator,
     * parenthesized when it has several factors: {@code kg*m^2/(s^3*A)}, {@code 1/s^2}.
     * Dimensionless is {@code 1}. The result is accepted by {@link UnitTable#parse}.
     */
    @Override
    public String toString() {
        StringBuilder num = new StringBuilder();
        StringBuilder den = new StringBuilder();
        int nDen = 0;
        for (Base b : PRINT_ORDER) {
            int x = exps[b.ordinal()];
            if (x == 0) continue;
            StringBuilder sb = x > 0 ? num : den;
            if (x < 0) nDen++;
            if (sb.length() > 0) sb.append('*');
            sb.append(b.symbol);
            if (Math.abs(x) != 1) sb.append('^').append(Math.abs(x));
        }
        if (num.length() == 0) num.append('1');
        if (nDen == 0) return num.toString();
        return num + "/" + (nDen > 1 ? "(" + den + ")" : den.toString());
    }
}
