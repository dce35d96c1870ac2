#!/usr/bin/env python3
"""Self-check of translations_zh_CN.properties against translations.properties (issue 17).
Run from anywhere: python3 docs/check-zh-bundle.py. Exit status 1 when keys, order or placeholders differ."""
import os, re, sys
from collections import Counter

D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'main', 'resources', 'vaadin-i18n') + os.sep

def load(path):
    keys, vals = [], {}
    for n, line in enumerate(open(path, encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line.strip() or line.lstrip().startswith(('#', '!')):
            continue
        if line.endswith('\\'):
            sys.exit(f'{path}:{n}: continuation line not expected')
        k, sep, v = line.partition('=')
        if not sep:
            sys.exit(f'{path}:{n}: no "="')
        k = k.strip()
        if k in vals:
            print(f'DUPLICATE {k} in {path}')
        keys.append(k); vals[k] = v
    return keys, vals

def parse(s, depth=0):
    """Placeholders of a MessageFormat pattern: list of (index, type, style); choice styles parsed recursively.
    Quoting with ASCII ' is honoured like MessageFormat does."""
    out, i, n = [], 0, len(s)
    while i < n:
        c = s[i]
        if c == "'":
            j = s.find("'", i + 1)
            if j == -1: raise ValueError('unclosed quote')
            i = j + 1; continue
        if c == '}': raise ValueError('unmatched }')
        if c == '{':
            lvl, j = 1, i + 1
            while j < n and lvl:
                if s[j] == '{': lvl += 1
                elif s[j] == '}': lvl -= 1
                j += 1
            if lvl: raise ValueError('unclosed {')
            body = s[i+1:j-1]
            parts = body.split(',', 2)
            idx = parts[0].strip()
            if not idx.isdigit(): raise ValueError(f'bad index in {{{body}}}')
            typ = parts[1].strip() if len(parts) > 1 else ''
            style = parts[2].strip() if len(parts) > 2 else ''
            if typ == 'choice':
                subs = []
                for alt in style.split('|'):   # nested braces don't contain '|' in our files
                    m = re.match(r'\s*([-\d.]+|\u221e)\s*([#<\u2264])(.*)$', alt, re.S)
                    if not m: raise ValueError(f'bad choice alternative {alt!r}')
                    subs.append((m.group(1) + m.group(2), m.group(3)))
                out.append((idx, 'choice', tuple(l for l, _ in subs)))
                for _, sub in subs:
                    for p in parse(sub, depth + 1):
                        out.append(('nested',) + p)
            else:
                out.append((idx, typ, style))
            i = j; continue
        i += 1
    return out

en_keys, en = load(D + 'translations.properties')
zh_keys, zh = load(D + 'translations_zh_CN.properties')
problems = []
missing = [k for k in en_keys if k not in zh]
extra = [k for k in zh_keys if k not in en]
if missing: problems.append(f'{len(missing)} keys missing in zh: {missing[:20]}')
if extra: problems.append(f'{len(extra)} keys only in zh: {extra[:20]}')
common = [k for k in en_keys if k in zh]
if [k for k in zh_keys if k in en] != common:
    problems.append('key order differs from the English file')
checked = with_args = 0
for k in common:
    try:
        pe = parse(en[k])
    except ValueError as e:
        problems.append(f'{k}: English does not parse: {e}'); continue
    try:
        pz = parse(zh[k])
    except ValueError as e:
        problems.append(f'{k}: zh does not parse: {e}'); continue
    checked += 1
    if pe: with_args += 1
    top_e = Counter(p for p in pe if p[0] != 'nested'); top_z = Counter(p for p in pz if p[0] != 'nested')
    if set(top_e) != set(top_z):
        problems.append(f'{k}: placeholders differ: en {sorted(top_e)} zh {sorted(top_z)}')
    nest_e = {p for p in pe if p[0] == 'nested'}; nest_z = {p for p in pz if p[0] == 'nested'}
    if nest_e != nest_z:
        problems.append(f'{k}: placeholders inside choice differ: en {sorted(nest_e)} zh {sorted(nest_z)}')
    if "'" in zh[k]:
        problems.append(f'{k}: ASCII apostrophe in zh value')
    if (en[k] == '') != (zh[k] == ''):
        problems.append(f'{k}: empty in one language only')
for k, sep in (('ex.weekdays', ','), ('ex.timesOfDay', ','), ('ex.vocabulary', '|')):
    if k in zh and len(zh[k].split(sep)) != len(en[k].split(sep)):
        problems.append(f'{k}: {len(zh[k].split(sep))} items in zh, {len(en[k].split(sep))} in English')
untranslated = [k for k in common if en[k] and en[k] == zh[k] and re.search('[A-Za-z]{3}', en[k])]
print(f'English keys: {len(en_keys)}; zh keys: {len(zh_keys)}; compared: {checked}; with placeholders: {with_args}')
print(f'identical to English (check they are meant to be): {untranslated}')
print('\n'.join(problems) if problems else 'OK: same keys, same order, same placeholders (index, type, style; choice limits and nested placeholders)')
sys.exit(1 if problems else 0)
