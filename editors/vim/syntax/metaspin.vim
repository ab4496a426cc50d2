" Vim syntax file for MetaSpin (.msp); see docs/editors.md.
if exists("b:current_syntax")
  finish
endif

syn keyword metaspinConditional if then else
syn keyword metaspinRepeat for in while break continue
syn keyword metaspinStatement return assert run sweep print
syn keyword metaspinKeyword import as let var fn protocol extends with to
syn keyword metaspinOperator and or not
syn keyword metaspinBoolean true false
syn keyword metaspinType Int Real Bool String List Length Area Volume Time Frequency Mass Current Temperature
syn keyword metaspinType Energy Power Charge Voltage Resistance Resistivity Capacitance Conductance MagneticField
syn keyword metaspinType Magnetization FluxDensity CurrentDensity EnergyDensity SurfaceEnergy ExchangeStiffness
syn keyword metaspinType ElectricField Velocity Material Layer Stack Shape Device Array Network Dataset Task Optimizer Results
" declaration kinds are not keywords (§1): a name, then a name and `{`, `(` or `extends`
syn match metaspinKind "^\s*\h\w*\ze\s\+\h\w*\s*\%({\|(\|extends\>\)"
syn match metaspinFunction "\%(\<fn\s\+\|\<protocol\s\+\)\@<=\h\w*"
syn match metaspinNumber "\<\d[0-9_]*\%(\.[0-9_]\+\)\=\%([eE][+-]\=\d\+\)\=" nextgroup=metaspinUnit skipwhite
syn match metaspinNumber "\.\d[0-9_]*\%([eE][+-]\=\d\+\)\=" nextgroup=metaspinUnit skipwhite
syn match metaspinUnit contained "\%(\a\+\|%\)\%(\^-\=\d\+\)\=\%([*/·]\%(\a\+\|%\)\%(\^-\=\d\+\)\=\)*\%(\w\|\s*(\)\@!"
syn region metaspinString start=+"+ skip=+\\.+ end=+"\|$+ contains=metaspinEscape,metaspinInterp oneline
syn match metaspinEscape contained +\\[nt"\\$]+
syn region metaspinInterp contained matchgroup=metaspinInterpDelim start=+\${+ end=+}+ contains=TOP
syn match metaspinComment "//.*$" contains=@Spell
syn match metaspinDocComment "///.*$" contains=@Spell
syn region metaspinComment start="/\*" end="\*/" contains=@Spell

hi def link metaspinConditional Conditional
hi def link metaspinRepeat Repeat
hi def link metaspinStatement Statement
hi def link metaspinKeyword Keyword
hi def link metaspinOperator Operator
hi def link metaspinBoolean Boolean
hi def link metaspinType Type
hi def link metaspinKind StorageClass
hi def link metaspinFunction Function
hi def link metaspinNumber Number
hi def link metaspinUnit Special
hi def link metaspinString String
hi def link metaspinEscape SpecialChar
hi def link metaspinInterpDelim Delimiter
hi def link metaspinComment Comment
hi def link metaspinDocComment SpecialComment

let b:current_syntax = "metaspin"
