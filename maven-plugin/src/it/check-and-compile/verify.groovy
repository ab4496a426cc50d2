import java.util.jar.JarFile

def target = new File(basedir, 'target')
def log = new File(basedir, 'build.log').text
assert log.contains('warning[W0001]') : 'the warning is in the build log'
def sarif = new File(target, 'metaspin/metaspin.sarif').text
assert sarif.contains('"ruleId": "W0001"') && sarif.contains('"uriBaseId": "%SRCROOT%"')
assert new File(target, 'metaspin/metaspin.json').text.contains('"code":"W0001"')
def jar = new JarFile(new File(target, 'check-and-compile-1.0.jar'))
assert jar.getEntry('msp/hello.class') != null : 'the program is in the project jar'
assert jar.getEntry('msp/lab/devices.class') != null
def runnable = new File(target, 'protocols/metaspin.jar')
assert !runnable.exists()
assert new File(target, 'protocols/hello.jar').isFile() && new File(target, 'protocols/devices.jar').isFile()
def p = ['java', '-jar', new File(target, 'protocols/hello.jar').path].execute()
p.waitFor()
assert p.exitValue() == 0 : p.err.text
assert p.text.startsWith('Delta at 320 K:')
return true
