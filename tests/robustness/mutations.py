"""Hypothesis strategies that mutate a valid input file.

Byte-level (:func:`mutated_bytes`): truncate, delete a range, insert or
overwrite bytes, flip bits. Line-level (:func:`mutated_lines`): replace a
whitespace-separated token by a nasty one, drop, duplicate or swap lines.
Both start from a real, valid file so that most examples get past the
first check and exercise the parser's deeper branches.
"""
from hypothesis import settings
from hypothesis import strategies as st

#: Examples per parser: small enough for ``make test`` (the whole fuzz
#: module runs in well under a minute here), deterministic (derandomized:
#: every run tries the same inputs; no example database is written).
FUZZ = settings(max_examples=200, deadline=None, derandomize=True,
                database=None, suppress_health_check=list(
                    settings.default.suppress_health_check))

NASTY_TOKENS = ('', '-1', '0', '1', '25', '2147483648', '99999999999999999',
                'nan', '-inf', '1e999', 'abc', '1.5', '0x10', '²', '\x00',
                '*missing*', 'frames', '-', ',', '1-', '5-3', '\u00e9')


@st.composite
def mutated_bytes(draw, seed):
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(('truncate', 'delete', 'insert', 'write',
                                   'flip')))
        pos = draw(st.integers(0, max(len(data) - 1, 0)))
        if op == 'truncate':
            del data[pos:]
        elif op == 'delete':
            del data[pos:pos + draw(st.integers(1, 64))]
        elif op == 'insert':
            data[pos:pos] = draw(st.binary(min_size=1, max_size=32))
        elif op == 'write':
            chunk = draw(st.binary(min_size=1, max_size=16))
            data[pos:pos + len(chunk)] = chunk
        elif data:
            data[pos] ^= 1 << draw(st.integers(0, 7))
    return bytes(data)


@st.composite
def mutated_lines(draw, seed_text):
    lines = seed_text.split('\n')
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(('token', 'token', 'drop', 'dup', 'swap',
                                   'garbage')))
        i = draw(st.integers(0, max(len(lines) - 1, 0)))
        if not lines:
            lines = ['']
            i = 0
        if op == 'token':
            parts = lines[i].split(' ')
            j = draw(st.integers(0, max(len(parts) - 1, 0)))
            parts[j] = draw(st.sampled_from(NASTY_TOKENS))
            lines[i] = ' '.join(parts)
        elif op == 'drop':
            del lines[i]
        elif op == 'dup':
            lines.insert(i, lines[i])
        elif op == 'swap':
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        else:
            lines[i] = draw(st.text(max_size=40))
    return '\n'.join(lines)
