#!/usr/bin/env bash
# Regenerates the bundled Noto Sans SC subset (src/main/resources/fonts/).
# Not part of the build: run it by hand when the character set must grow, then commit the output.
#
# Usage: src/font/make-subset.sh PACKAGE [REFERENCE_DIR] [OUT_DIR]
#   PACKAGE        the npm tarball or its unpacked folder, from
#                  `npm pack @expo-google-fonts/noto-sans-sc` (0.4.3 was used)
#   REFERENCE_DIR  default src/main/resources/reference (every character of *.csv is kept)
#   OUT_DIR        default src/main/resources/fonts
# Needs python3 and pyftsubset (Debian: apt-get install fonttools), and the Unihan database of
# Debian's unicode-data package (apt-get install unicode-data; 15.0.0 was used) for the 8,105
# characters of 通用规范汉字表 (2013), which Unihan lists under the field kTGH.
# UNIHAN_MAPPINGS overrides where Unihan_OtherMappings.txt(.bz2) is.
# Reproducible: the same package and reference files give byte-identical fonts
# (pyftsubset keeps head.modified unless --recalc-timestamp is given).
set -euo pipefail

here="$(cd "$(dirname "$0")/../.." && pwd)"
pkg="${1:?usage: $0 PACKAGE [REFERENCE_DIR] [OUT_DIR]}"
ref="${2:-$here/src/main/resources/reference}"
out="${3:-$here/src/main/resources/fonts}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [[ -f "$pkg" ]]; then
	tar -xzf "$pkg" -C "$work"
	pkg="$work/package"
fi

unihan="${UNIHAN_MAPPINGS:-/usr/share/unicode/Unihan_OtherMappings.txt.bz2}"
[[ -f "$unihan" ]] || { echo "no Unihan_OtherMappings at $unihan (apt-get install unicode-data)" >&2; exit 1; }

# The character set, one code point per line (sorted, so the file is stable).
python3 - "$ref" "$unihan" > "$work/unicodes.txt" <<'PY'
import bz2, glob, sys
chars = set()
# All of GBK (which contains GB 2312): every valid two-byte code, lead 0x81-0xFE x trail
# 0x40-0xFE except 0x7F. Private-use code points (GBK's user-defined areas) have no glyph.
for hi in range(0x81, 0xFF):
	for lo in range(0x40, 0xFF):
		if lo == 0x7F:
			continue
		try:
			c = bytes([hi, lo]).decode('gbk')
		except UnicodeDecodeError:
			continue
		if not 0xE000 <= ord(c) <= 0xF8FF:
			chars.add(c)
# 通用规范汉字表 (2013): the code points Unihan gives a kTGH position.
path = sys.argv[2]
opener = bz2.open if path.endswith('.bz2') else open
with opener(path, 'rt', encoding='utf-8') as f:
	for line in f:
		fields = line.rstrip('\n').split('\t')
		if len(fields) == 3 and fields[1] == 'kTGH':
			chars.add(chr(int(fields[0][2:], 16)))
# CJK Unified Ideographs Extension A (GB 18030's rare names such as 䶮).
chars.update(chr(c) for c in range(0x3400, 0x4DC0))
chars.update(chr(c) for c in range(0x20, 0x7F))      # ASCII
chars.update(chr(c) for c in range(0xA0, 0xC0))      # Latin-1 punctuation and signs
chars.update(chr(c) for c in range(0x2010, 0x2028))  # dashes, quotes, ellipsis
chars.update(chr(c) for c in range(0x3000, 0x3040))  # CJK punctuation
chars.update(chr(c) for c in range(0xFF01, 0xFF5F))  # full-width forms
chars.update('％‰·—–…“”‘’《》〔〕【】℃±×÷≥≤→↑↓▲▼●○■□◆◇★☆')
for path in sorted(glob.glob(sys.argv[1] + '/*.csv')):
	with open(path, encoding='utf-8-sig') as f:
		chars.update(c for c in f.read() if c >= ' ')
for c in sorted(chars):
	print('U+%04X' % ord(c))
PY

mkdir -p "$out"
for weight in 400Regular:Regular 700Bold:Bold; do
	src="$pkg/${weight%%:*}/NotoSansSC_${weight%%:*}.ttf"
	pyftsubset "$src" \
		--unicodes-file="$work/unicodes.txt" \
		--layout-features='*' \
		--name-IDs='*' --name-languages='*' \
		--no-hinting \
		--drop-tables+=BASE,STAT,vhea,vmtx \
		--output-file="$out/NotoSansSC-${weight##*:}.ttf"
done
cp "$pkg/LICENSE_FONT" "$out/OFL.txt"
# What the source font has no glyph for (e.g. some Extension B ideographs): counted, not fatal.
# fontTools is imported by the Python that runs pyftsubset (Debian's, not necessarily python3 on PATH).
"$(sed -n '1s/^#!//p' "$(command -v pyftsubset)")" - "$work/unicodes.txt" "$out/NotoSansSC-Regular.ttf" <<'PY'
import sys
from fontTools.ttLib import TTFont
wanted = {int(l[2:], 16) for l in open(sys.argv[1]) if l.strip()}
have = set(TTFont(sys.argv[2]).getBestCmap())
lacking = sorted(wanted - have)
print('%d code points asked, %d in the subset, %d not in Noto Sans SC' % (len(wanted), len(wanted & have), len(lacking)))
PY
wc -c "$out"/NotoSansSC-*.ttf
