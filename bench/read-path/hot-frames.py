"""Summarises `jfr print --events jdk.ExecutionSample`: the share of samples per top frame, and per first frame
that belongs to the application or Spring (what asked for the work)."""
import collections
import re
import sys

top = collections.Counter()
owner = collections.Counter()
total = 0
frames = None
for line in sys.stdin:
    if line.startswith('jdk.ExecutionSample'):
        frames = []
    elif frames is not None and re.match(r'\s+[\w$.<>]+\(.*\)\s+line:', line):
        frames.append(line.strip().split('(')[0])
    elif frames is not None and line.strip() == ']':
        if frames:
            total += 1
            top[frames[0]] += 1
            first = next((f for f in frames if f.startswith(('kr.jobgoal.', 'org.springframework.', 'org.thymeleaf.'))), frames[-1])
            owner[first] += 1
        frames = None
if not total:
    sys.exit('no execution samples')
print(f'{total} samples')
for title, counter in (('top frame', top), ('first application/Spring/Thymeleaf frame', owner)):
    print(f'-- {title}')
    for name, n in counter.most_common(12):
        print(f'{100 * n / total:5.1f} %  {name}')
