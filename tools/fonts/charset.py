#!/usr/bin/env python3
"""Writes the characters the widgets can draw, for subsetting Lato: printable ASCII (anything typed into a
field), plus every other character in the web data bundles and in the widgets' C++ string literals. The
build runs it (widgets/CMakeLists.txt), so a new character in the data or the wording is never missing.

  charset.py OUT FILE...
"""
import re
import sys

def literals(text):
    # C++ string literals, with \\xNN escapes (UTF-8 bytes) and simple escapes decoded.
    for lit in re.findall(r'"((?:[^"\\\n]|\\.)*)"', text):
        raw = re.sub(r'\\x([0-9A-Fa-f]{2})', lambda m: chr(int(m.group(1), 16)), lit)
        raw = raw.replace('\\"', '"').replace('\\\\', '\\').replace('\\n', '\n')
        try:
            yield raw.encode('latin-1').decode('utf-8')
        except (UnicodeEncodeError, UnicodeDecodeError):
            yield raw

def main():
    out, files = sys.argv[1], sys.argv[2:]
    chars = {chr(c) for c in range(0x20, 0x7F)}
    for path in files:
        with open(path, encoding='utf-8') as f:
            text = f.read()
        if path.endswith('.json'):
            chars.update(text)
        else:
            for lit in literals(text):
                chars.update(lit)
    chars = sorted(c for c in chars if ord(c) >= 0x20 and c not in '\u007f')
    with open(out, 'w', encoding='utf-8') as f:
        f.write(''.join(chars))
    print(f'{len(chars)} characters', file=sys.stderr)

if __name__ == '__main__':
    main()
