#!/bin/sh
# Remove what install.sh installed for the current user. The user's own data (the library of
# evaluations in ${XDG_DATA_HOME:-~/.local/share}/opportunity-evaluator, the settings) is kept.
set -eu

APP=opportunity-evaluator
APP_ID=io.github.opportunityevaluator.OpportunityEvaluator
MIME_ICON=application-x-opportunity-evaluation

usage() {
    cat <<EOF
Usage: $0 [--prefix DIR] [--no-update]

Removes Opportunity Evaluator installed by install.sh (use the same --prefix).
Your library of evaluations and your settings are kept.
EOF
}

die() { echo "uninstall.sh: $*" >&2; exit 2; }

prefix=""
update=yes
while [ $# -gt 0 ]; do
    case $1 in
        --prefix) [ $# -ge 2 ] || die "--prefix needs a folder"; prefix=$2; shift 2 ;;
        --prefix=*) prefix=${1#--prefix=}; shift ;;
        --no-update) update=no; shift ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; die "unknown option: $1" ;;
    esac
done

if [ -n "$prefix" ]; then
    [ -d "$prefix" ] || die "$prefix: no such folder"
    prefix=$(cd "$prefix" && pwd -P)
    optdir=$prefix/opt
    bindir=$prefix/bin
    datadir=$prefix/share
else
    [ -n "${HOME:-}" ] || die "HOME is not set"
    optdir=$HOME/.local/opt
    bindir=$HOME/.local/bin
    datadir=${XDG_DATA_HOME:-$HOME/.local/share}
fi
target=$optdir/$APP

# The command link, only if it is ours.
if [ -L "$bindir/$APP" ]; then
    case $(readlink "$bindir/$APP") in
        "$target/$APP") rm -f "$bindir/$APP" ;;
        *) echo "uninstall.sh: $bindir/$APP points elsewhere; left alone" >&2 ;;
    esac
fi

rm -f "$datadir/applications/$APP.desktop" \
      "$datadir/metainfo/$APP_ID.metainfo.xml" \
      "$datadir/mime/packages/$APP.xml"
for dir in "$datadir"/icons/hicolor/*; do
    [ -d "$dir" ] || continue
    rm -f "$dir/apps/$APP.png" "$dir/apps/$APP.svg" \
          "$dir/mimetypes/$MIME_ICON.png" "$dir/mimetypes/$MIME_ICON.svg"
done
[ -d "$datadir/icons/hicolor" ] && touch "$datadir/icons/hicolor"

if [ "$update" = yes ]; then
    if command -v update-mime-database >/dev/null 2>&1 && [ -d "$datadir/mime/packages" ]; then
        update-mime-database "$datadir/mime" >/dev/null 2>&1 || echo "uninstall.sh: update-mime-database failed" >&2
    fi
    if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$datadir/applications" ]; then
        update-desktop-database -q "$datadir/applications" || echo "uninstall.sh: update-desktop-database failed" >&2
    fi
fi

# Last, the program itself (this script may be inside it: the shell has already read it open).
rm -rf "$target" "$target.new" "$target.old"

echo "Removed Opportunity Evaluator from $target"
echo "Your library and settings were kept (${XDG_DATA_HOME:-$HOME/.local/share}/$APP, ${XDG_CONFIG_HOME:-$HOME/.config})."
