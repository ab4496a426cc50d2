/*
 * Syntax of MetaSpin (LANGUAGE.md §1–§8, §11). Alternatives are labelled for the AST
 * builder; precedence is the order of the `expr` alternatives (§4, highest first).
 * Newlines that do not end a statement have already been removed by the compiler's
 * newline filter, so NL here always separates statements.
 */
parser grammar MetaSpinParser;

options { tokenVocab = MetaSpinLexer; }

@members {
    /**
     * Whether an identifier is a unit symbol (§2.1). The compiler supplies its unit table;
     * the grammar needs the answer only to decide where a unit expression ends.
     */
    protected boolean isUnitSymbol(String text) { return false; }

    /** After a unit, `* sym`, `/ sym` or `· sym` continues it when sym is a unit not called (§2.1, §15). */
    protected boolean unitContinues() {
        int op = _input.LA(1);
        if (op != STAR && op != SLASH && op != MIDDOT) return false;
        Token sym = _input.LT(2);
        if (sym.getType() == PERCENT) return true;
        return sym.getType() == IDENT && isUnitSymbol(sym.getText()) && _input.LA(3) != LPAREN;
    }
}

file
    : sep* (topItem (sep+ topItem)*)? sep* EOF
    ;

sep : NL | SEMI ;

topItem
    : importDecl
    | protocolDecl
    | stmt
    ;

importDecl
    : IMPORT modulePath (DOT LBRACE importName (COMMA importName)* COMMA? RBRACE)?   #importNames
    | IMPORT modulePath AS alias=IDENT                                              #importAlias
    ;

modulePath : IDENT (DOT IDENT)* ;

importName : IDENT ;

protocolDecl
    : PROTOCOL name=IDENT (LPAREN params? RPAREN)? block
    ;

fnDecl
    : FN name=IDENT LPAREN params? RPAREN (ARROW type)? (ASSIGN expr | block)
    ;

params : param (COMMA param)* COMMA? ;

param : IDENT COLON type (ASSIGN expr)? ;

kindDecl
    : kind=IDENT name=IDENT (LPAREN params? RPAREN)? (EXTENDS expr)? propBlock
    ;

propBlock
    : LBRACE sep* (propItem (sep+ propItem)*)? sep* RBRACE
    ;

propItem
    : IDENT ASSIGN expr     #propSet
    | IDENT propBlock       #propNested
    ;

block
    : LBRACE sep* (stmt (sep+ stmt)*)? sep* RBRACE
    ;

stmt
    : LET IDENT (COLON type)? ASSIGN expr                              #letStmt
    | VAR IDENT (COLON type)? ASSIGN expr                              #varStmt
    | expr op=(ASSIGN | PLUS_EQ | MINUS_EQ | STAR_EQ | SLASH_EQ) expr  #assignStmt
    | ifStmt                                                           #ifStatement
    | FOR IDENT IN expr block                                          #forStmt
    | WHILE expr block                                                 #whileStmt
    | BREAK                                                            #breakStmt
    | CONTINUE                                                         #continueStmt
    | RETURN expr?                                                     #returnStmt
    | ASSERT expr (COMMA expr)?                                        #assertStmt
    | PRINT LPAREN args? RPAREN                                        #printStmt
    | RUN IDENT LPAREN args? RPAREN                                    #runStmt
    | SWEEP IDENT LPAREN args? RPAREN                                  #sweepStmt
    | fnDecl                                                           #fnStmt
    | kindDecl                                                         #kindStmt
    | expr                                                             #exprStmt
    ;

ifStmt
    : IF expr block (ELSE (ifStmt | block))?
    ;

args : arg (COMMA arg)* COMMA? ;

arg : (IDENT ASSIGN)? expr ;

expr
    : expr LPAREN args? RPAREN                                  #callExpr
    | expr LBRACK expr RBRACK                                   #indexExpr
    | expr DOT IDENT                                            #memberExpr
    | expr WITH propBlock                                       #withExpr
    | <assoc=right> expr CARET expr                             #powerExpr
    | MINUS expr                                                #negExpr
    | expr op=(STAR | SLASH) expr                               #mulExpr
    | expr op=(PLUS | MINUS) expr                               #addExpr
    | expr op=(RANGE | RANGE_INCL) expr                         #rangeExpr
    | expr TO unitExpr                                          #convertExpr
    | expr op=(EQ | NE | LT | LE | GT | GE) expr                #compareExpr
    | NOT expr                                                  #notExpr
    | expr AND expr                                             #andExpr
    | expr OR expr                                              #orExpr
    | IF expr THEN expr ELSE expr                               #condExpr
    | lambdaParams FAT_ARROW expr                               #lambdaExpr
    | NUMBER ({_input.LA(2) != LPAREN}? unitExpr)?              #numberExpr
    | BAD_NUMBER                                                #badNumberExpr
    | string                                                    #stringExpr
    | (TRUE | FALSE)                                            #boolExpr
    | IDENT                                                     #nameExpr
    | LPAREN expr RPAREN                                        #parenExpr
    | LBRACK (expr (COMMA expr)* COMMA?)? RBRACK                #listExpr
    ;

lambdaParams
    : IDENT
    | LPAREN (lambdaParam (COMMA lambdaParam)*)? RPAREN
    ;

lambdaParam : IDENT (COLON type)? ;

string
    : STR_START stringPart* (STR_END | STR_UNTERMINATED)
    ;

stringPart
    : STR_TEXT                          #strText
    | STR_ESCAPE                        #strEscape
    | STR_BAD_ESCAPE                    #strBadEscape
    | INTERP_START expr INTERP_END      #strInterp
    ;

unitExpr
    : unitFactor ({unitContinues()}? op=(STAR | SLASH | MIDDOT) unitFactor)*
    ;

unitFactor
    : sym=(IDENT | PERCENT) (CARET MINUS? NUMBER)?
    ;

type
    : IDENT (LBRACK type RBRACK)?                                #namedType
    | LBRACK unitExpr RBRACK                                     #dimType
    | LPAREN (type (COMMA type)*)? RPAREN ARROW type             #fnType
    ;
