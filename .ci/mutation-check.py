#!/usr/bin/env python3
# Mutation check of the policy: disables each rule in turn (`eval(false)` as its first
# condition) and runs every scenario; a rule whose disabling no scenario notices is untested.
# Not part of CI (one run of all scenarios per rule). Run after `mvn -q package -DskipTests`:
#   python3 .ci/mutation-check.py
import re, shutil, subprocess, pathlib, tempfile
root = pathlib.Path(__file__).resolve().parent.parent
files = sorted((root / 'rules').rglob('*.drl'))
results = []
for f in files:
    text = f.read_text()
    for m in re.finditer(r'^rule "([^"]+)"(.*?)^when\n', text, re.S | re.M):
        name = m.group(1)
        mutated = text[:m.end()] + '    eval(false)\n' + text[m.end():]
        work = pathlib.Path(tempfile.mkdtemp(prefix='whatif-mutation-'))
        shutil.copytree(root / 'rules', work / 'rules')
        (work / 'rules' / f.relative_to(root / 'rules')).write_text(mutated)
        r = subprocess.run(['java', '-jar', str(root / 'target/whatif.jar'), 'run', '--rules', str(work / 'rules'), str(root / 'scenarios')],
                           capture_output=True, text=True, cwd=root)
        shutil.rmtree(work)
        summary = [l for l in r.stdout.splitlines() if ' passed, ' in l][-1:]
        results.append((r.returncode, name))
        print('caught  ' if r.returncode != 0 else 'SURVIVED', name, '|', summary[0] if summary else '', flush=True)
survived = [x for x in results if x[0] == 0]
print('rules:', len(results), 'caught:', len(results) - len(survived), 'survived:', [x[1] for x in survived])
