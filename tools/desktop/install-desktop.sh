#!/bin/sh
# Put Whispers of the Heart in the desktop's application menu, with its icon, for this user.
#
#   sh install-desktop.sh [PROGRAM]
#
# PROGRAM is what the menu entry runs. Without it: `whispers` beside this script (in the
# standalone app's folder), else the checkout's .venv/bin/whispers (run from
# tools/desktop/), else `whispers` on PATH (pip install). Writes into $XDG_DATA_HOME
# (~/.local/share): applications/whispers-of-the-heart.desktop and the scalable icon.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
if [ $# -ge 1 ]; then
    exe=$1
elif [ -x "$here/whispers" ]; then
    exe="$here/whispers"
elif [ -x "$here/../../.venv/bin/whispers" ]; then
    exe="$(cd "$here/../../.venv/bin" && pwd)/whispers"
else
    exe=$(command -v whispers || true)
fi
if [ -z "$exe" ]; then
    echo "install-desktop.sh: no whispers program found; pass its path" >&2
    exit 2
fi
icon="$here/whispers-of-the-heart.svg"
[ -f "$icon" ] || icon="$here/../../assets/icon/whispers-of-the-heart.svg"
data=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$data/applications" "$data/icons/hicolor/scalable/apps"
cp "$icon" "$data/icons/hicolor/scalable/apps/whispers-of-the-heart.svg"
sed "s|^Exec=.*|Exec=\"$exe\"|" "$here/whispers-of-the-heart.desktop" \
    > "$data/applications/whispers-of-the-heart.desktop"
echo "installed $data/applications/whispers-of-the-heart.desktop (runs $exe)"
