def log = new File(basedir, 'build.log').text
assert log.contains('error[E0202]: cannot add `Length` and `Time`')
assert log.contains('BUILD FAILURE') && log.contains('the MetaSpin sources have errors')
def sarif = new File(basedir, 'target/metaspin/metaspin.sarif').text
assert sarif.contains('"ruleId": "E0202"')
return true
