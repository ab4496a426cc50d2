autocmd BufRead,BufNewFile *.msp setfiletype metaspin
