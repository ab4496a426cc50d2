/*
 * Tokens of MetaSpin (LANGUAGE.md §1). Newlines are tokens: whether one ends a statement
 * depends on the brackets around it and the tokens beside it, which the compiler's
 * newline filter decides (§1), so the parser grammar stays free of layout rules.
 * Declaration kinds (material, device, …) are plain identifiers, looked up in the kind
 * registry: a new kind needs no change here.
 */
lexer grammar MetaSpinLexer;

channels { DOC }

tokens { INTERP_END }

@members {
    /** Brace depth at which each open string interpolation `${` started. */
    private final java.util.ArrayDeque<Integer> interpolations = new java.util.ArrayDeque<>();
    private int braceDepth;

    private void openBrace() { braceDepth++; }

    /** A `}` either closes an interpolation (back to the string) or is an ordinary brace. */
    private void closeBrace() {
        if (!interpolations.isEmpty() && interpolations.peek() == braceDepth) {
            interpolations.pop();
            setType(INTERP_END);
            popMode();
        } else {
            braceDepth--;
        }
    }
}

// Keywords (§1).
IMPORT   : 'import';
AS       : 'as';
LET      : 'let';
VAR      : 'var';
FN       : 'fn';
RETURN   : 'return';
IF       : 'if';
THEN     : 'then';
ELSE     : 'else';
FOR      : 'for';
IN       : 'in';
WHILE    : 'while';
BREAK    : 'break';
CONTINUE : 'continue';
TRUE     : 'true';
FALSE    : 'false';
AND      : 'and';
OR       : 'or';
NOT      : 'not';
ASSERT   : 'assert';
PRINT    : 'print';
PROTOCOL : 'protocol';
RUN      : 'run';
SWEEP    : 'sweep';
EXTENDS  : 'extends';
WITH     : 'with';
TO       : 'to';

// Numbers (§1); BAD_NUMBER catches the malformed forms of §15 (E0003) as one token, so
// that `1.2.3` is one mistake, not three. A `.` that no digit follows (`3.`) is not part of
// it: telling it from a range (`1..5`) needs a look past the `.`, and a predicate would keep
// ANTLR from caching the lexer's states for every number with a fraction. The checker
// reports a number directly followed by `.` instead (LexicalCheck).
NUMBER
    : DIGITS ('.' DIGITS)? EXPONENT?
    | '.' DIGITS EXPONENT?
    ;
BAD_NUMBER
    : [0-9] [0-9_]* ('.' [0-9_]+)* ([eE] [+-]? [0-9_]*)?
    ;
fragment DIGITS   : [0-9] ('_'? [0-9])*;
fragment EXPONENT : [eE] [+-]? DIGITS;

IDENT : [\p{L}_] [\p{L}\p{Nd}_]*;

// Operators and punctuation.
ARROW     : '->';
FAT_ARROW : '=>';
RANGE_INCL: '..=';
RANGE     : '..';
PLUS_EQ   : '+=';
MINUS_EQ  : '-=';
STAR_EQ   : '*=';
SLASH_EQ  : '/=';
EQ        : '==';
NE        : '!=';
LE        : '<=';
GE        : '>=';
LT        : '<';
GT        : '>';
ASSIGN    : '=';
PLUS      : '+';
MINUS     : '-';
STAR      : '*';
SLASH     : '/';
MIDDOT    : '·';
CARET     : '^';
PERCENT   : '%';
DOT       : '.';
COMMA     : ',';
COLON     : ':';
SEMI      : ';';
LPAREN    : '(';
RPAREN    : ')';
LBRACK    : '[';
RBRACK    : ']';
LBRACE    : '{' { openBrace(); };
RBRACE    : '}' { closeBrace(); };

STR_START : '"' -> pushMode(STRING);

DOC_COMMENT   : '///' ~[\r\n]* -> channel(DOC);
LINE_COMMENT  : '//' ~[\r\n]* -> channel(HIDDEN);
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN);
// only a comment with no `*/` at all: the lexer takes the longest match, and `'/*' .*? EOF` would win over every closed comment
UNTERMINATED_COMMENT : '/*' (~'*' | '*'+ ~[*/])* '*'* EOF;

NL : '\r'? '\n';
WS : [ \t\f]+ -> channel(HIDDEN);

// Anything else is one bad character: the parser reports it as a syntax error.
BAD_CHAR : .;

mode STRING;
STR_TEXT     : ~["\\$\r\n]+ | '$';
STR_ESCAPE   : '\\' [nt"\\$];
STR_BAD_ESCAPE : '\\' ~[\r\n];
INTERP_START : '${' { interpolations.push(braceDepth); } -> pushMode(DEFAULT_MODE);
STR_END      : '"' -> popMode;
// A string may not span lines (§15): the newline ends it as an error, and lexing goes on
// in the default mode so that the next line is read normally.
STR_UNTERMINATED : ('\r'? '\n' | EOF) -> popMode;
