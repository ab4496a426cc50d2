package org.metaspin.compiler.gen;

import org.metaspin.compiler.ast.Expr;
import org.metaspin.compiler.ast.Expr.BinOp;
import org.metaspin.compiler.code.Type;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Emits conditions as jumps: `and`, `or`, `not` and comparisons branch directly, and a Bool
 * value is only built (by {@link ExprGen}) where one is stored or passed.
 */
final class CondGen implements Opcodes {
    private final MethodGen g;
    private final MethodVisitor mv;

    CondGen(MethodGen g) {
        this.g = g;
        this.mv = g.mv;
    }

    /** Jumps to {@code target} when the Bool {@code e} is false, without materializing it. */
    void jumpUnless(Expr e, Label target) {
        if (e instanceof Expr.Binary b && b.op() == BinOp.AND) {
            jumpUnless(b.left(), target);
            jumpUnless(b.right(), target);
        } else if (e instanceof Expr.Binary b && b.op() == BinOp.OR) {
            Label ok = new Label();
            jumpIf(b.left(), ok);
            jumpUnless(b.right(), target);
            mv.visitLabel(ok);
        } else if (e instanceof Expr.Not n) {
            jumpIf(n.operand(), target);
        } else if (e instanceof Expr.Binary b && b.op().comparison()) {
            compare(b, target, true);
        } else {
            g.expr(e);
            mv.visitJumpInsn(IFEQ, target);
        }
    }

    void jumpIf(Expr e, Label target) {
        if (e instanceof Expr.Binary b && b.op() == BinOp.OR) {
            jumpIf(b.left(), target);
            jumpIf(b.right(), target);
        } else if (e instanceof Expr.Binary b && b.op() == BinOp.AND) {
            Label no = new Label();
            jumpUnless(b.left(), no);
            jumpIf(b.right(), target);
            mv.visitLabel(no);
        } else if (e instanceof Expr.Not n) {
            jumpUnless(n.operand(), target);
        } else if (e instanceof Expr.Binary b && b.op().comparison()) {
            compare(b, target, false);
        } else {
            g.expr(e);
            mv.visitJumpInsn(IFNE, target);
        }
    }

    /** Compares and jumps when the comparison is false ({@code negate}) or true. */
    private void compare(Expr.Binary b, Label target, boolean negate) {
        Type l = g.attr.type(b.left());
        Type r = g.attr.type(b.right());
        BinOp op = negate ? negateOp(b.op()) : b.op();
        if (l == Type.INT && r == Type.INT) {
            g.expr(b.left());
            g.expr(b.right());
            mv.visitInsn(LCMP);
            mv.visitJumpInsn(jumpOn(op), target);
        } else if (l instanceof Type.Quantity || r instanceof Type.Quantity) {
            g.exprAs(b.left(), Type.REAL);
            g.exprAs(b.right(), Type.REAL);
            // A comparison with NaN is false, so its negation must jump: pick the compare
            // instruction whose NaN result (1 for DCMPG, -1 for DCMPL) gives that outcome.
            boolean greater = op == BinOp.GT || op == BinOp.GE;
            mv.visitInsn(greater == negate ? DCMPG : DCMPL);
            mv.visitJumpInsn(jumpOn(op), target);
        } else if (l == Type.BOOL) {
            g.expr(b.left());
            g.expr(b.right());
            mv.visitJumpInsn(op == BinOp.EQ ? IF_ICMPEQ : IF_ICMPNE, target);
        } else if (l == Type.STRING && op != BinOp.EQ && op != BinOp.NE) {
            g.expr(b.left());
            g.expr(b.right());
            RuntimeRefs.STRING_COMPARE.emit(mv);
            mv.visitJumpInsn(switch (op) {
                case LT -> IFLT;
                case LE -> IFLE;
                case GT -> IFGT;
                default -> IFGE;
            }, target);
        } else {
            g.expr(b.left());
            g.expr(b.right());
            RuntimeRefs.OBJECTS_EQUALS.emit(mv);
            mv.visitJumpInsn(op == BinOp.EQ ? IFNE : IFEQ, target);
        }
    }

    private static BinOp negateOp(BinOp op) {
        return switch (op) {
            case EQ -> BinOp.NE;
            case NE -> BinOp.EQ;
            case LT -> BinOp.GE;
            case LE -> BinOp.GT;
            case GT -> BinOp.LE;
            case GE -> BinOp.LT;
            default -> op;
        };
    }

    private static int jumpOn(BinOp op) {
        return switch (op) {
            case EQ -> IFEQ;
            case NE -> IFNE;
            case LT -> IFLT;
            case LE -> IFLE;
            case GT -> IFGT;
            default -> IFGE;
        };
    }
}
