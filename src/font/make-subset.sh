#!/usr/bin/env bash
# Regenerates the bundled Noto Sans SC subset (src/main/resources/fonts/).
# Not part of the build: run it by hand when the character set must grow, then commit the output.
#
# Usage: src/font/make-subset.sh PACKAGE [REFERENCE_DIR] [OUT_DIR]
#   PACKAGE        the npm tarball or its unpacked folder, from
#                  `npm pack @expo-google-fonts/noto-sans-sc` (0.4.3 was used)
#   REFERENCE_DIR  default src/main/resources/reference (every character of *.csv is kept)
#   OUT_DIR        default src/main/resources/fonts
# Needs python3 and pyftsubset (Debian: apt-get install fonttools).
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

# The character set, one code point per line (sorted, so the file is stable).
python3 - "$ref" > "$work/unicodes.txt" <<'PY'
import glob, sys
chars = set()
# All of GB 2312: every valid two-byte code, rows 0xA1-0xF7 x columns 0xA1-0xFE.
for hi in range(0xA1, 0xF8):
	for lo in range(0xA1, 0xFF):
		try:
			chars.update(bytes([hi, lo]).decode('gb2312'))
		except UnicodeDecodeError:
			pass
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
wc -c "$out"/NotoSansSC-*.ttf
