#!/usr/bin/env bash
# Add Letapis to this user's application menu (no root needed), or remove it again:
#   ./install-desktop-entry.sh            menu entry + icon for the letapis in this folder
#   ./install-desktop-entry.sh --remove   take them away again
# Only the menu entry and the icon are touched: vaults, backups and settings stay where they
# are (~/.local/share/Letapis), whatever happens to the program folder.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
entry="$data/applications/letapis.desktop"
icon="$data/icons/hicolor/256x256/apps/letapis.png"

refresh_menu() {
  if command -v update-desktop-database >/dev/null; then
    update-desktop-database -q "$data/applications" || true
  fi
}

if [ "${1:-}" = "--remove" ]; then
  rm -f "$entry" "$icon"
  refresh_menu
  echo "Removed the Letapis menu entry. Your vaults in $data/Letapis were not touched."
  exit 0
fi

[ -x "$here/letapis" ] || { echo "letapis not found next to this script" >&2; exit 1; }
mkdir -p "$(dirname "$entry")" "$(dirname "$icon")"
cp "$here/letapis.png" "$icon"
sed -e "s|^Exec=.*|Exec=\"$here/letapis\"|" "$here/letapis.desktop" > "$entry"
chmod 644 "$entry"
refresh_menu
echo "Letapis is in your application menu (entry: $entry)."
