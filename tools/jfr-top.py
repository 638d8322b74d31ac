#!/usr/bin/env python3
"""Top frames of a JFR recording's execution samples, for docs/benchmarks.md.

  jfr print --events jdk.ExecutionSample --stack-depth 64 p.jfr > p.txt
  python3 tools/jfr-top.py p.txt [FRAME] [N]

Counts only samples whose stack holds FRAME (default org.rasd.Rasd.extract). Prints N lines of each: the share of
samples per first org.rasd frame with its line ("owner": where the time is spent in our code, library frames
folded into their caller), then the inclusive share per method.
"""
import collections
import re
import sys


def main():
    path = sys.argv[1]
    must = sys.argv[2] if len(sys.argv) > 2 else 'org.rasd.Rasd.extract'
    top = int(sys.argv[3]) if len(sys.argv) > 3 else 40
    owner = collections.Counter()
    incl = collections.Counter()
    n = 0
    stack = None
    for line in open(path, encoding='utf-8', errors='replace'):
        s = line.strip()
        if s.startswith('stackTrace = ['):
            stack = []
        elif stack is not None and s == ']':
            if any(must in f for f in stack):
                n += 1
                owner[next((f for f in stack if f.startswith('org.rasd')), stack[0] if stack else '?')] += 1
                for m in {f.split(':')[0] for f in stack}:
                    incl[m] += 1
            stack = None
        elif stack is not None and s != '...':
            stack.append(re.sub(r'\s+', '', re.sub(r'\(.*\)', '', s).replace('line: ', ':')))
    print(f'samples {n}')
    print('--- owner (first org.rasd frame, line)')
    for f, c in owner.most_common(top):
        print(f'{100 * c / max(n, 1):5.1f} {f}')
    print('--- inclusive')
    for f, c in incl.most_common(top):
        print(f'{100 * c / max(n, 1):5.1f} {f}')


if __name__ == '__main__':
    main()
